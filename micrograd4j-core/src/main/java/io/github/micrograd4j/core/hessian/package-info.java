/**
 * Second derivatives built on {@link io.github.micrograd4j.core.Gradients}: the Hessian matrix,
 * Hessian-vector products by reverse-over-reverse differentiation, and a second-derivative check
 * against finite differences of the analytic gradient.
 */
package io.github.micrograd4j.core.hessian;
