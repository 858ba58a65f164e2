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
            case UNEXPECTED_CHARACTER -> "无法识别的字符 {0}";
            case EXPONENT_WITHOUT_DIGITS -> "数字 '{0}' 写法有误：指数部分需要数字";
            case LETTER_AFTER_DIGITS -> "数字写法有误：数字后面不能紧跟 '{0}'";
            case NO_STATEMENTS -> "程序中没有语句：请至少写一条形如 '变量名 = 表达式' 的语句，例如 'L = 2 * 3'";
            case UNKNOWN_FUNCTION -> "未知函数 '{0}'；可用的函数有 {1}";
            case EXPECTED_STATEMENT -> "此处应为一条形如 '变量名 = 表达式' 的语句，却遇到了{0}";
            case EXPECTED_ASSIGN -> "'{0}' 后面应为 '='，却遇到了{1}";
            case EXPECTED_OPERAND -> "此处应为数字、变量名或 '('，却遇到了{0}";
            case UNMATCHED_CLOSE -> "多余的 ')'：没有与之配对的 '('";
            case COMMA_OUTSIDE_CALL -> "',' 只能用来分隔函数的参数";
            case NEVER_CLOSED -> "'(' 没有闭合";
            case ASSIGN_INSIDE -> "此处不能出现 '{0}'：赋值只能写在语句开头";
            case EXPECTED_OPERATOR -> "此处应为运算符或语句结尾，却遇到了{0}";
            case USED_BEFORE_ASSIGNED -> "变量 '{0}' 在赋值之前就被使用了";
            case UNKNOWN_NAME -> "未知的变量名 '{0}'";
            case NUMBER_TOO_LARGE -> "数字 '{0}' 太大，超出了双精度浮点数的范围";
            case ARITY_ONE -> "{0} 需要 1 个参数，实际给了 {1} 个";
            case ARITY -> "{0} 需要 {1} 个参数，实际给了 {2} 个";
            case FOUND_LINE_END -> "行尾";
            case FOUND_PROGRAM_END -> "程序结尾";
            case FOUND_TOKEN -> " '{0}'";
            case NO_SUCH_INPUT -> "程序中没有名为 '{0}' 的输入；现有的输入为 {1}";
            case CHECK_NEEDS_INPUT -> "--check 的数值检验至少需要一个输入：请把一个数赋给一个变量，例如 'a = 2'";
        };
    }
}
