package io.github.micrograd4j.cli.text;

/** The command line's messages in Chinese. */
final class CliChinese {
    private CliChinese() {
    }

    static String text(CliText key) {
        return switch (key) {
            case DEMO_TITLE -> "micrograd4j 演示：搭建教程里的表达式，做反向传播，再做数值检验。";
            case DEMO_FORWARD -> "前向传播";
            case DEMO_BACKWARD -> "反向传播，逐个节点进行（按计算图的逆拓扑顺序；局部导数取自每个运算保存的值）";
            case DEMO_SAME -> "L.backward() 自动算出的梯度相同：{0}";
            case DEMO_CHECK_WALKTHROUGH -> "数值检验，做法和教程一样：(L(x + h) - L(x)) / h，取 h = 0.001";
            case DEMO_CHECK_CENTRAL -> "数值检验：中心差分，采用 PyTorch gradcheck 的默认参数";
            case DEMO_WROTE_GRAPH -> "已画出计算图（不需要 Graphviz）：";
            case DEMO_DOT -> "{0}（Graphviz DOT 格式，即 draw_dot 的格式）";
            case DEMO_WROTE_PAGE -> "以及逐步演示反向传播的网页，可用“上一步/下一步”按钮或方向键翻看：";
            case DEMO_OPEN -> "{0}（用浏览器打开即可，不需要联网）";
            case DEMO_TRY -> "自己试试：./micrograd grad 'x = 3; y = tanh(x * 2 - 5) ** 2' --check --lang zh";
            case DEMO_TRAIN -> "训练 micrograd 的演示网络（MLP 2-16-16-1，100 个 moons 数据点，100 步 SGD）："
                    + "./micrograd train --plot demo";
            case WROTE -> "已写出 {0}";
            case WROTE_STEPS -> "已把 {0} 张分步图写到 {1}（{2}）";
            case WROTE_PAGE -> "已写出 {0}（用浏览器打开即可，不需要联网）";
            case OUTPUT_NOT_FINITE -> "输出 {0} 是 {1}";
            case GRAD_NOT_FINITE -> "{0} 的梯度是 {1}";
            case NOTE_DETECT_ANOMALY -> "提示：{0}；加上 --detect-anomaly 重新运行，就能找到最先产生 NaN 或无穷大的语句和运算";
            case PROGRAM_TWICE -> "程序要么作为参数给出，要么用 --file 给出，不能两样都用";
            case NO_PROGRAM -> "没有程序：请作为参数给出，例如 'a = 2; L = a * a'，或者用 --file FILE 给出";
            case UNKNOWN_FORMAT -> "--format：未知的图片格式 '{0}'；应为 svg、png 或 svg,png";
            case FORMAT_WITHOUT_STEPS -> "--format 选择的是 --steps 分步图的格式，请同时给出 --steps DIR"
                    + "（整张计算图用 --svg FILE 和 --png FILE）";
            case UNKNOWN_LANGUAGE -> "{0}：未知的语言 '{1}'；应为 {2}";
            case GRAPH_TOO_LARGE -> "这张计算图有 {0} 个值，超过了 --svg、--png、--steps 和 --html 作图的上限 {1} 个"
                    + "（这么大的图已经看不清了）；请改用 --dot FILE 写出，再用 Graphviz 渲染";
            case LAYOUT_TOO_LARGE -> "这张计算图排版太大：它的 {0} 个值需要 {1} 处长边跨层（一个值供给相距很远的多个运算），"
                    + "超过了 --svg、--png、--steps 和 --html 排版的上限 {2} 处（再大排版就太慢了）；"
                    + "请改用 --dot FILE 写出，再用 Graphviz 渲染";
            case ERROR -> "错误：{0}";
            case WARNING -> "警告：{0}";
            case UNKNOWN_COMMAND -> "未知的命令 '{0}'；可用的命令有 {1}（见 'micrograd --help'）";
            case DID_YOU_MEAN -> "你想用的是不是 {0}？（用法见 '{1} --help'）";
            case SEE_HELP -> "用法见 '{0} --help'";
            case UNKNOWN_OPTION -> "未知的选项：{0}";
            case MISSING_PARAMETER -> "选项 '{0}' 缺少参数（{1}）";
            case INVALID_VALUE -> "选项 '{0}' 的值无效：{1}";
            case EXTRA_ARGUMENTS -> "从索引 {0} 起是多余的参数：{1}";
        };
    }
}
