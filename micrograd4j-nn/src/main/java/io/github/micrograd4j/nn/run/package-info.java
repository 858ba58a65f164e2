/**
 * One description of a training run, shared by the command line's {@code train} and the training
 * lab's URL: {@link io.github.micrograd4j.nn.run.RunSettings} (settings by key, with micrograd's
 * demo as the defaults; each setting described once, in
 * {@link io.github.micrograd4j.nn.run.SettingsTable}), turned into data, model and optimizer in that order.
 */
package io.github.micrograd4j.nn.run;
