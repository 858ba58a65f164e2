package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import org.junit.jupiter.api.Test;

class AnomalyInChineseTest {

    @Test
    void aForwardAnomalyIsExplainedInChineseWithTheSameNumbers() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Value x = new Value(0.0, "x");
            AnomalyException e = catchThrowableOfType(AnomalyException.class, x::log);
            String zh = e.detail(Language.ZH);
            assertThat(zh).startsWith("前向传播出现异常：一个没有标签的节点（运算 log").contains("运算 log", "输入 0.0，来自 'x'",
                    "-Infinity", "log(0) 是 -Infinity");
            assertThat(e.detail(Language.EN)).isEqualTo(e.detail());
            assertThat(MessageBundles.numbersInOrder(zh)).containsExactlyInAnyOrderElementsOf(
                    MessageBundles.numbersInOrder(e.detail()));
            assertThat(e.message(Language.ZH)).startsWith(zh).contains("该节点创建于 ");
            assertThat(e.message(Language.EN)).isEqualTo(e.getMessage());
        }
    }

    @Test
    void aBackwardAnomalyNamesWhichInputInChinese() {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            // every value finite; dq/dx = 1e300 * 1e300 overflows on the way back
            Value x = new Value(1e-300, "x");
            Value p = x.mul(new Value(1e300, "w")).label("p");
            Value q = p.mul(new Value(1e300, "v")).label("q");
            AnomalyException e = catchThrowableOfType(AnomalyException.class, q::backward);
            assertThat(e.phase()).isEqualTo(AnomalyException.Phase.BACKWARD);
            assertThat(e.detail(Language.ZH)).isEqualTo("反向传播出现异常：节点 'p'（运算 *，输入 1.0E-300，来自 'x' 和 "
                    + "1.0E300，来自 'w'）把它的第一个输入的梯度变成了 Infinity（局部导数 1.0E300 乘以该节点的梯度 1.0E300，"
                    + "再累加到原有的 0.0 上）");
            assertThat(MessageBundles.numbersInOrder(e.detail(Language.ZH)))
                    .isEqualTo(MessageBundles.numbersInOrder(e.detail()));
        }
    }
}
