package io.github.micrograd4j.viz.text;

/** The pictures' and the page's words in Chinese. */
final class VizChinese {
    private VizChinese() {
    }

    static String text(VizText key) {
        return switch (key) {
            case CELL_DATA -> "值 {0}";
            case CELL_GRAD -> "梯度 {0}";
            case CAPTION_STEP -> "第 {0} 步，共 {1} 步：{2}";
            case PAGE_TITLE -> "一步一步看 {0} 的反向传播";
            case PAGE_INTRO -> "反向传播从输出出发，按计算图的逆拓扑顺序，一次求出一个值的梯度。一个值的梯度，"
                    + "等于每个用到它的运算所传回的贡献之和：运算结果的梯度乘以该运算的局部导数，这就是链式法则。"
                    + "用按钮或 \u2190 \u2192 键逐步查看。";
            case PREVIOUS -> "\u2190 上一步";
            case NEXT -> "下一步 \u2192";
            case LEGEND_INPUT -> "输入（叶子，会得到梯度）";
            case LEGEND_CONSTANT -> "常数（式子里写的数）";
            case LEGEND_VALUE -> "运算得到的值";
            case LEGEND_OP -> "运算";
            case LEGEND_OUTPUT -> "输出";
            case LEGEND_CURRENT -> "本步求出梯度的值";
            case COUNTER -> "第 {0} 步，共 {1} 步";
            case FINAL_GRADIENTS -> "最终的梯度";
            case COLUMN_VALUE -> "变量";
            case COLUMN_OP -> "运算";
            case COLUMN_DATA -> "值";
            case COLUMN_GRAD -> "梯度 d{0}/d(变量)";
            case FRAME_TITLE -> "逐步演示反向传播";
            case NO_FONT_FOR_TEXT -> "没有安装包含这张图中某些字符的字体，PNG 里的这些字会显示成空框；"
                    + "请安装含中文字形的字体（{0}），或改用 SVG，浏览器会用自己的字体来显示";
            case TOO_MANY_VALUES -> "这张计算图有 {0} 个值，超过了作图的上限 {1} 个";
            case TOO_MANY_CROSSINGS -> "这张计算图的 {0} 个值排版时需要 {1} 处长边跨层（一个值供给相距很远的多个运算），"
                    + "超过了作图的上限 {2} 处";
        };
    }
}
