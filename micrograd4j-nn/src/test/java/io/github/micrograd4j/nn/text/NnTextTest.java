package io.github.micrograd4j.nn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.data.CsvDataset;
import io.github.micrograd4j.nn.data.CsvFormatException;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunMemory;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.RunTooLargeException;
import io.github.micrograd4j.nn.run.SettingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NnTextTest {
    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(NnText.class);
    }

    /** A refused setting in Chinese: the key and the bad value as they are, the words Chinese, English unchanged. */
    private static SettingException refused(Map<String, String> values) {
        return catchThrowableOfType(SettingException.class, () -> RunSettings.fromMap(values));
    }

    @Test
    void aBadLearningRateIsToldInChineseWithItsKeyAndValue() {
        SettingException e = refused(Map.of("lr", "-0.5"));
        assertThat(e.getMessage()).isEqualTo("lr must be positive, got -0.5");
        assertThat(e.getMessage(Language.ZH)).isEqualTo("lr 必须为正数，而不是 -0.5");
        assertThat(e.getMessage(Language.EN)).isEqualTo(e.getMessage());
    }

    @Test
    void aNumberOfTheWrongKindNamesItsTextInEveryLanguage() {
        SettingException e = refused(Map.of("points", "many"));
        assertThat(e.getMessage()).isEqualTo("points must be a whole number, got 'many'");
        assertThat(e.getMessage(Language.ZH)).isEqualTo("points 必须是整数，而不是 'many'");
    }

    @Test
    void aReasonFromDeeperDownIsToldInTheSameLanguage() {
        SettingException choice = refused(Map.of("activation", "gelu"));
        assertThat(choice.getMessage()).startsWith("activation: unknown activation 'gelu'; expected one of relu");
        assertThat(choice.getMessage(Language.ZH)).startsWith("activation：未知的 activation 'gelu'；可选的有 relu");
        SettingException changes = refused(Map.of("lr-changes", "5"));
        assertThat(changes.getMessage(Language.ZH)).isEqualTo("lr-changes：'5' 不符合 STEP:RATE 的格式（例如 120:0.02）");
        SettingException unknown = refused(Map.of("colour", "red"));
        assertThat(unknown.getMessage(Language.ZH)).startsWith("colour 不是一个设置项；可用的设置项有 dataset points");
    }

    @Test
    void anUnknownDatasetAndBadClassesAreToldInChinese() {
        SettingException dataset = catchThrowableOfType(SettingException.class,
                () -> Run.generate(RunSettings.fromMap(Map.of("dataset", "iris"))));
        assertThat(dataset.getMessage())
                .isEqualTo("dataset: unknown dataset 'iris'; expected moons, circles, xor, blobs, spirals, reg-plane or reg-gauss");
        assertThat(dataset.getMessage(Language.ZH))
                .isEqualTo("dataset：未知的数据集 'iris'；可选的有 moons, circles, xor, blobs, spirals, reg-plane 和 reg-gauss");
        SettingException classes = catchThrowableOfType(SettingException.class,
                () -> Run.generate(RunSettings.fromMap(Map.of("classes", "3"))));
        assertThat(classes.getMessage()).isEqualTo("classes: moons has 2 classes; 3 classes is for blobs and spirals");
        assertThat(classes.getMessage(Language.ZH)).isEqualTo("classes：moons 只有 2 个类别；3 个类别只能用于 blobs 和 spirals");
    }

    @Test
    void aRunTooLargeKeepsItsNumbersInChinese() {
        RunTooLargeException e = catchThrowableOfType(RunTooLargeException.class,
                () -> RunMemory.check(1_000_000, 2, List.of(64, 64, 1), 64L << 20));
        assertThat(e.getMessage()).startsWith("this run needs about ").contains("1,000,000 points");
        String zh = e.getMessage(Language.ZH);
        assertThat(zh).startsWith("这次训练大约需要").contains("1,000,000 个数据点", "--points");
        assertThat(MessageBundles.numbersInOrder(zh)).containsExactlyInAnyOrderElementsOf(
                MessageBundles.numbersInOrder(e.getMessage()));
    }

    @Test
    void aMalformedUploadIsToldInChineseAtTheSameLineAndColumn() {
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
                () -> CsvDataset.parse("f.csv", "1,2,0\n1,x,1\n"));
        assertThat(e.getMessage()).isEqualTo("f.csv: line 2, column 2: 'x' is not a finite number");
        assertThat(Message.of(e, Language.ZH)).isEqualTo("f.csv：第 2 行第 2 列：'x' 不是有限的数");
        assertThat(e.line()).isEqualTo(2);
    }
}
