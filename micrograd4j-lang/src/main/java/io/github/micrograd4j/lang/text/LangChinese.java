package io.github.micrograd4j.lang.text;

/** The language module's words in Chinese. */
final class LangChinese {
    private LangChinese() {
    }

    static String text(LangText key) {
        return switch (key) {
            case GRAD_LABEL -> "变量";
            case GRAD_OP -> "运算";
            case GRAD_DATA -> "值";
            case GRAD_GRAD -> "梯度";
            case ANOMALY_IN_STATEMENT -> "在语句 '{0}' 中：{1}";
            case AT_POSITION -> "第 {0} 行第 {1} 列：{2}";
        };
    }
}
