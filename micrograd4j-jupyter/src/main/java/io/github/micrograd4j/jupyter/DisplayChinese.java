package io.github.micrograd4j.jupyter;

/** The notebook displays' words in Chinese. */
final class DisplayChinese {
    private DisplayChinese() {
    }

    static String text(DisplayText key) {
        return switch (key) {
            case REFUSAL -> "错误：{0}；请改用 DotExporter.toDot(value) 以文本形式查看";
            case NO_STEPS -> "0 步";
            case STEPS_SUMMARY -> "{0} 步：损失 {1} -> {2}，准确率 {3} -> {4}";
            case MODEL -> "MLP({0}, {1})，数据 {2}：准确率 {3}";
            case NO_BOUNDARY -> "{0}（没有画决策边界：这张图需要恰好 2 个特征）";
            case ERROR -> "错误：{0}";
            case SEPARATOR -> "；";
        };
    }
}
