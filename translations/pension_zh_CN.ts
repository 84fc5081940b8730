<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>Retirement-age track</source>
        <translation>退休年龄类别</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>参保身份</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>参保地区</translation>
    </message>
    <message>
        <source>Record as of</source>
        <translation>记录截至</translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation>视同缴费月数</translation>
    </message>
    <message>
        <source>Months paid before the account</source>
        <translation>建账前实际缴费月数</translation>
    </message>
    <message>
        <source>Months paid since the account</source>
        <translation>建账后缴费月数</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>Account balance (yuan)</source>
        <translation>个人账户储存额（元）</translation>
    </message>
    <message>
        <source>Own account began</source>
        <translation>个人账户建立时间</translation>
    </message>
    <message>
        <source>Years paid</source>
        <translation>逐年缴费</translation>
    </message>
    <message>
        <source>Contribution grade</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation>停止缴费</translation>
    </message>
    <message>
        <source>Contribution periods</source>
        <translation>缴费时段</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休时间</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Monthly base</source>
        <translation>月缴费基数</translation>
    </message>
    <message>
        <source>Year total of bases</source>
        <translation>全年缴费基数</translation>
    </message>
    <message>
        <source>Credited to account</source>
        <translation>计入个人账户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Transition index (if printed)</source>
        <translation>过渡性指数（如有）</translation>
    </message>
    <message>
        <source>Transition months (if printed)</source>
        <translation>过渡性年限月数（如有）</translation>
    </message>
    <message>
        <source>Paid months to 1998-06 (Beijing)</source>
        <translation>1998年6月前实际缴费月数（北京）</translation>
    </message>
    <message>
        <source>City pension base (if two bases)</source>
        <translation>市县计发基数（双基数时）</translation>
    </message>
    <message>
        <source>Indexed monthly wage (if printed)</source>
        <translation>指数化月平均缴费工资（表上印有时）</translation>
    </message>
    <message>
        <source>Old-method transitional pension (Jiangsu)</source>
        <translation>原办法过渡性养老金（江苏）</translation>
    </message>
    <message>
        <source>Old-method index (Chongqing)</source>
        <translation>原办法平均缴费工资指数（重庆）</translation>
    </message>
    <message>
        <source>Local items the person qualifies for</source>
        <translation>本人符合条件的地方待遇</translation>
    </message>
    <message>
        <source>1993–1997 notional credits (Shanghai)</source>
        <translation>1993–1997年虚账实记总额（上海）</translation>
    </message>
    <message>
        <source>Months the local items count</source>
        <translation>地方待遇计算月数</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>statutory age</source>
        <translation>法定退休年龄</translation>
    </message>
    <message>
        <source>%1 months early</source>
        <translation>提前%1个月</translation>
    </message>
    <message>
        <source>%1 months late</source>
        <translation>延迟%1个月</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>于%1</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>企业职工</translation>
    </message>
    <message>
        <source>flexible worker</source>
        <translation>灵活就业人员</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>man, 60</source>
        <translation>男，60岁</translation>
    </message>
    <message>
        <source>woman, 55 (cadre / flexible)</source>
        <translation>女，55岁（干部／灵活就业）</translation>
    </message>
    <message>
        <source>woman, 50 (worker post)</source>
        <translation>女，50岁（工人岗位）</translation>
    </message>
    <message>
        <source>man, 55 (Tibet, flexible)</source>
        <translation>男，55岁（西藏灵活就业）</translation>
    </message>
    <message>
        <source>woman, 45 (Tibet, flexible)</source>
        <translation>女，45岁（西藏灵活就业）</translation>
    </message>
    <message>
        <source>stop now</source>
        <translation>现在停缴</translation>
    </message>
    <message>
        <source>%1 more years</source>
        <translation>再缴%1年</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>缴到退休</translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1岁%2个月</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>The file is neither UTF-8 nor GBK text; save it from Excel as CSV (UTF-8).</source>
        <translation>该文件既不是UTF-8也不是GBK文本；请在Excel中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build of Qt cannot read GBK; save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件不是UTF-8编码，而本程序所用的Qt无法读取GBK；请在Excel中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>No year rows were found (expected year, months and base columns).</source>
        <translation>没有找到年度数据行（应有年度、月数和缴费基数列）。</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>must be an object { &quot;zh&quot;: …, &quot;en&quot;: … }</source>
        <translation>应为对象“{ &quot;zh&quot;: …, &quot;en&quot;: … }”</translation>
    </message>
    <message>
        <source>must be a string or { &quot;zh&quot;: …, &quot;en&quot;: … }</source>
        <translation>应为字符串或“{ &quot;zh&quot;: …, &quot;en&quot;: … }”</translation>
    </message>
    <message>
        <source>must be published, provisional or assumed</source>
        <translation>应为“published”“provisional”或“assumed”</translation>
    </message>
    <message>
        <source>must be official, secondary, inferred or recall</source>
        <translation>应为“official”“secondary”“inferred”或“recall”</translation>
    </message>
    <message>
        <source>a recalled figure cannot be marked published</source>
        <translation>凭记忆的数字不能标为“published”（已公布）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>out of the plausible range %1…%2 %3</source>
        <translation>超出合理范围 %1…%2（“%3”）</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows</source>
        <translation>小数位数超过“%1”允许的位数</translation>
    </message>
    <message>
        <source>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot;</source>
        <translation>应为“YYYY”或“YYYY-MM”格式</translation>
    </message>
    <message>
        <source>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot; (1900–2200), got &quot;%1&quot;</source>
        <translation>应为“YYYY”或“YYYY-MM”（1900–2200），实为“%1”</translation>
    </message>
    <message>
        <source>unknown series</source>
        <translation>未知的数列</translation>
    </message>
    <message>
        <source>must be an object with unit and values</source>
        <translation>应为含“unit”和“values”的对象</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>应为“%1”，实为“%2”</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>应为非空数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must be a whole age 16–100</source>
        <translation>应为 16–100 的整数岁数</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM&quot;</source>
        <translation>应为“YYYY-MM”格式</translation>
    </message>
    <message>
        <source>is before the month the figure applies from</source>
        <translation>早于该数字的起始月份</translation>
    </message>
    <message>
        <source>duplicate date</source>
        <translation>日期重复</translation>
    </message>
    <message>
        <source>dates not in order</source>
        <translation>日期未按先后排列</translation>
    </message>
    <message>
        <source>unknown scalar</source>
        <translation>未知的单项参数</translation>
    </message>
    <message>
        <source>must be an object with value, unit, status, confidence, source</source>
        <translation>应为含“value”“unit”“status”“confidence”“source”的对象</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>must be an object of rule selections</source>
        <translation>应为规则选择的对象</translation>
    </message>
    <message>
        <source>unknown rule (%1)</source>
        <translation>未知规则（可用：“%1”）</translation>
    </message>
    <message>
        <source>must be an object with values</source>
        <translation>应为含“values”的对象</translation>
    </message>
    <message>
        <source>this rule takes &quot;rule&quot;: %1</source>
        <translation>此规则应写“rule”：“%1”</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (%2)</source>
        <translation>未知规则“%1”（可用：“%2”）</translation>
    </message>
    <message>
        <source>must be an array of local items</source>
        <translation>应为地方项目的数组</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>只能用小写字母、数字和“-”</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>编号“%1”重复</translation>
    </message>
    <message>
        <source>missing (yuan a month)</source>
        <translation>缺少（元/月）</translation>
    </message>
    <message>
        <source>missing (percent)</source>
        <translation>缺少（百分比）</translation>
    </message>
    <message>
        <source>only for percent-of-indexed-wage-per-year</source>
        <translation>仅用于“percent-of-indexed-wage-per-year”类</translation>
    </message>
    <message>
        <source>only for the percent kinds</source>
        <translation>仅用于百分比类</translation>
    </message>
    <message>
        <source>must be true or false (whether the sheet&apos;s total includes it)</source>
        <translation>应为“true”或“false”（核定表合计是否计入）</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>应晚于“from”</translation>
    </message>
    <message>
        <source>must be { &quot;zh&quot;: …, &quot;en&quot;: … } saying what is unknown</source>
        <translation>应为“{ &quot;zh&quot;: …, &quot;en&quot;: … }”，写明哪些规则未知</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1)</source>
        <translation>不是有效的 JSON（第 %1 字节）</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（“%1”）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;pension-params/1&quot;</source>
        <translation>应为“pension-params/1”</translation>
    </message>
    <message>
        <source>must be lower-case letters and &apos;-&apos;</source>
        <translation>只能用小写字母和“-”</translation>
    </message>
    <message>
        <source>must name at least one retirement track (male-60, female-55, female-50)</source>
        <translation>须至少列出一条退休轨道（“male-60”“female-55”“female-50”）</translation>
    </message>
    <message>
        <source>must be a whole number %1–%2</source>
        <translation>应为 %1–%2 的整数</translation>
    </message>
    <message>
        <source>the national pack must define the retirement tracks male-60, female-55 and female-50</source>
        <translation>全国参数包须定义退休轨道“male-60”“female-55”“female-50”</translation>
    </message>
    <message>
        <source>must be percent</source>
        <translation>单位应为“percent”</translation>
    </message>
    <message>
        <source>grades not in increasing order</source>
        <translation>档次未按从小到大排列</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>未知地区“%1”</translation>
    </message>
    <message>
        <source>cycle in extends</source>
        <translation>“extends”循环引用</translation>
    </message>
    <message>
        <source>extends unknown pack &quot;%1&quot;</source>
        <translation>所扩展的参数包“%1”不存在</translation>
    </message>
    <message>
        <source>unknown city &quot;%1&quot;</source>
        <translation>未知城市“%1”</translation>
    </message>
    <message>
        <source>a new figure needs its source (the 文号 and where it was read)</source>
        <translation>新数字须注明来源（文号及出处）</translation>
    </message>
    <message>
        <source>must be a plain number with at most 4 decimals, got &quot;%1&quot;</source>
        <translation>应为最多 4 位小数的数字，实为“%1”</translation>
    </message>
    <message>
        <source>no such city in the pack</source>
        <translation>参数包中没有这个城市</translation>
    </message>
    <message>
        <source>the pack has no such series (add it to the pack file first)</source>
        <translation>参数包中没有此数列（请先在参数包文件中添加）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>indexDecimals takes &quot;value&quot;: 2, 3, 4 or 5</source>
        <translation>“indexDecimals”应写“value”：2、3、4 或 5</translation>
    </message>
    <message>
        <source>must be 2, 3, 4 or 5</source>
        <translation>应为 2、3、4 或 5</translation>
    </message>
    <message>
        <source>must be a list of 1 to 10 { &quot;years&quot;, &quot;rate&quot; } (years ascending)</source>
        <translation>应为 1 至 10 个 { “years”, “rate” } 组成的列表（年限递增）</translation>
    </message>
    <message>
        <source>must be an object with years and rate</source>
        <translation>应为含“years”和“rate”的对象</translation>
    </message>
    <message>
        <source>must be whole years from 0 to 60</source>
        <translation>应为 0–60 的整数年</translation>
    </message>
    <message>
        <source>must be above the tier before</source>
        <translation>应大于前一档</translation>
    </message>
    <message>
        <source>must be a non-empty array of { &quot;over&quot;: years, &quot;rate&quot;: percent }</source>
        <translation>应为非空数组“{ &quot;over&quot;: 年数, &quot;rate&quot;: 百分比 }”</translation>
    </message>
    <message>
        <source>must be { &quot;over&quot;: years, &quot;rate&quot;: percent }</source>
        <translation>应为“{ &quot;over&quot;: 年数, &quot;rate&quot;: 百分比 }”</translation>
    </message>
    <message>
        <source>must be above the band before (%1)</source>
        <translation>应大于前一档（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the line of the totalRounding rule, not an item&apos;s id</source>
        <translation>“%1”是“totalRounding”规则所加的一行，不能用作项目编号</translation>
    </message>
    <message>
        <source>missing (yuan per year at index 1)</source>
        <translation>缺少（指数为 1 时每年的元数）</translation>
    </message>
    <message>
        <source>must be %1, got &quot;%2&quot;</source>
        <translation>应为“%1”，实为“%2”</translation>
    </message>
    <message>
        <source>only for basic-wage-year-bands</source>
        <translation>仅用于“basic-wage-year-bands”类</translation>
    </message>
    <message>
        <source>only for kind index-years</source>
        <translation>仅用于“index-years”类</translation>
    </message>
    <message>
        <source>only for kind tiered-percent-of-indexed-wage</source>
        <translation>仅用于“tiered-percent-of-indexed-wage”类</translation>
    </message>
    <message>
        <source>must be true or false (paid only when the case claims it)</source>
        <translation>应为“true”或“false”（仅在案例申报时发放）</translation>
    </message>
    <message>
        <source>unknown track (male-60, female-55, female-50, or a province&apos;s own track named male-… or female-…)</source>
        <translation>未知的退休轨道（可用：“male-60”“female-55”“female-50”，或省份自定、以“male-”或“female-”开头的轨道）</translation>
    </message>
    <message>
        <source>missing (the fixed part, yuan a month)</source>
        <translation>缺少（固定部分，元/月）</translation>
    </message>
    <message>
        <source>missing (yuan per index point and contribution year)</source>
        <translation>缺少（每个指数点每缴费年的元数）</translation>
    </message>
    <message>
        <source>only for kind base-plus-index-years</source>
        <translation>仅用于“base-plus-index-years”类</translation>
    </message>
    <message>
        <source>must be &quot;money&quot; (as moneyRounding, the default) or &quot;fen-up&quot;</source>
        <translation>应为“money”（按 moneyRounding，默认）或“fen-up”</translation>
    </message>
    <message>
        <source>only for the computed kinds</source>
        <translation>仅用于计算类</translation>
    </message>
    <message>
        <source>only for kinds fixed, fixed-per-year, index-years and base-plus-index-years</source>
        <translation>仅用于“fixed”“fixed-per-year”“index-years”和“base-plus-index-years”类</translation>
    </message>
    <message>
        <source>must be a non-empty list of conditions</source>
        <translation>须为非空的条件列表</translation>
    </message>
    <message>
        <source>must be a non-empty list of ids</source>
        <translation>须为非空的标识列表</translation>
    </message>
    <message>
        <source>needs a condition: retiringBefore, tracks or unlessClaimed</source>
        <translation>须有条件：retiringBefore、tracks 或 unlessClaimed</translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message>
        <source>Pension base (计发基数)</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>Average wage for contribution bases</source>
        <translation>核定缴费基数的平均工资</translation>
    </message>
    <message>
        <source>Contribution base floor</source>
        <translation>缴费基数下限</translation>
    </message>
    <message>
        <source>Contribution base ceiling</source>
        <translation>缴费基数上限</translation>
    </message>
    <message>
        <source>Contribution index denominator</source>
        <translation>缴费指数分母</translation>
    </message>
    <message>
        <source>Transition rate (过渡系数)</source>
        <translation>过渡系数</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>单位缴费比例</translation>
    </message>
    <message>
        <source>Urban disposable income per head</source>
        <translation>城镇居民人均可支配收入</translation>
    </message>
    <message>
        <source>Heating allowance</source>
        <translation>取暖补贴</translation>
    </message>
    <message>
        <source>Annuity months by age (计发月数)</source>
        <translation>各年龄计发月数</translation>
    </message>
    <message>
        <source>Minimum contribution months</source>
        <translation>最低缴费月数</translation>
    </message>
    <message>
        <source>Account interest rate (记账利率)</source>
        <translation>记账利率</translation>
    </message>
    <message>
        <source>Share credited to the personal account</source>
        <translation>计入个人账户比例</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>个人缴费比例</translation>
    </message>
    <message>
        <source>Flexible worker&apos;s rate</source>
        <translation>灵活就业人员缴费比例</translation>
    </message>
    <message>
        <source>Yearly pension increase</source>
        <translation>养老金年度调整幅度</translation>
    </message>
    <message>
        <source>yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>yuan a year</source>
        <translation>元/年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方原文</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>转引</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>凭记忆</translation>
    </message>
    <message>
        <source>Second transition rate (for some people)</source>
        <translation>第二过渡系数（部分人员适用）</translation>
    </message>
    <message>
        <source>City pension base (two-base provinces)</source>
        <translation>市县计发基数（双基数省份）</translation>
    </message>
    <message>
        <source>Share of the new transitional pension paid (phase-in)</source>
        <translation>过渡性养老金新办法发放比例（逐年过渡）</translation>
    </message>
</context>
<context>
    <name>UserPacks</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1 is not used: %2</source>
        <translation>%1未被使用：%2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The edited pack %1 (%2) is based on an older version than the one this program ships (%3): review it in the parameter editor.</source>
        <translation>本机修改的参数包%1（%2）基于较旧的版本，本程序现附带%3：请在参数编辑器中核对。</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>pension::cli</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第%1行：引号内的字段没有结束</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>plan not valid</source>
        <translation>方案无效</translation>
    </message>
    <message>
        <source>IN.csv: no such file &quot;%1&quot;</source>
        <translation>IN.csv：找不到文件“%1”</translation>
    </message>
    <message>
        <source>IN.csv: cannot read &quot;%1&quot;</source>
        <translation>IN.csv：无法读取“%1”</translation>
    </message>
    <message>
        <source>-o: the output CSV file is required</source>
        <translation>-o：须指定输出的CSV文件</translation>
    </message>
    <message>
        <source>IN.csv header: %1</source>
        <translation>IN.csv表头：%1</translation>
    </message>
    <message>
        <source>line %1: longer than 16 MiB</source>
        <translation>第%1行：超过16 MiB</translation>
    </message>
    <message>
        <source>%1 rows…</source>
        <translation>%1行…</translation>
    </message>
    <message>
        <source>done: %1 people, %2 result rows, %3 rows with errors, %4 s</source>
        <translation>完成：%1人，%2行结果，%3行有错误，用时%4秒</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1：须给出一个值</translation>
    </message>
    <message>
        <source>--lang: one of zh, en (got &quot;%1&quot;)</source>
        <translation>--lang：zh或en（输入为“%1”）</translation>
    </message>
    <message>
        <source>--date: YYYY-MM or YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>--date：YYYY-MM或YYYY-MM-DD（输入为“%1”）</translation>
    </message>
    <message>
        <source>%1: unknown option</source>
        <translation>%1：未知选项</translation>
    </message>
    <message>
        <source>--params: no such folder &quot;%1&quot;</source>
        <translation>--params：找不到文件夹“%1”</translation>
    </message>
    <message>
        <source>parameter pack %1</source>
        <translation>参数包%1</translation>
    </message>
    <message>
        <source>Pension estimate — %1</source>
        <translation>养老金测算 — %1</translation>
    </message>
    <message>
        <source>Parameters: %1; calculated as of %2</source>
        <translation>参数：%1；计算日期：%2</translation>
    </message>
    <message>
        <source>Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)</source>
        <translation>退休：%1，%2（法定退休%3；弹性区间%4至%5）</translation>
    </message>
    <message>
        <source>Contributions: %1 months, minimum %2 months for %3 — %4</source>
        <translation>缴费：%1个月，%3年退休最低须缴%2个月 — %4</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>NOT eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Monthly pension: %1 yuan</source>
        <translation>月养老金：%1元</translation>
    </message>
    <message>
        <source>Provisional (预发) on the %1 base %2: %3 yuan a month; back pay about %4 yuan</source>
        <translation>按%1年计发基数%2预发：每月%3元；补发约%4元</translation>
    </message>
    <message>
        <source>Paid by the person from now to retirement: %1 yuan</source>
        <translation>从现在到退休个人缴费：%1元</translation>
    </message>
    <message>
        <source>How it is calculated:</source>
        <translation>计算过程：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>以经办机构核定为准。</translation>
    </message>
    <message>
        <source>Paid and received, nominal yuan:</source>
        <translation>缴费与领取（名义金额）：</translation>
    </message>
    <message>
        <source>  Paid by the person in all: %1 (from now: %2)</source>
        <translation>  个人累计缴费：%1（其中今后缴：%2）</translation>
    </message>
    <message>
        <source>  At life expectancy (%1): received %2, net %3</source>
        <translation>  至预期寿命（%1岁）：累计领取%2，扣除缴费净得%3</translation>
    </message>
    <message>
        <source>  At %1: received %2, net %3</source>
        <translation>  至%1岁：累计领取%2，扣除缴费净得%3</translation>
    </message>
    <message>
        <source>If the person dies (funeral grant + survivor pension + account remainder):</source>
        <translation>参保人去世时家属可领取（丧葬补助金＋抚恤金＋个人账户余额）：</translation>
    </message>
    <message>
        <source>  at %1 (%2): %3 + %4 (%5 months) + %6 = %7</source>
        <translation>  %1岁去世（%2）：%3＋%4（%5个月）＋%6＝%7</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已退休</translation>
    </message>
    <message>
        <source>working</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Short of the minimum by %1 months. Paying on as a flexible worker:</source>
        <translation>距最低缴费年限还差%1个月。按灵活就业人员继续缴费：</translation>
    </message>
    <message>
        <source>  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.</source>
        <translation>  或转入城乡居民养老保险：个人账户（%1）全额转入，缴费年限合并计算。</translation>
    </message>
    <message>
        <source>  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid at once.</source>
        <translation>  2011年7月1日前参保的：延长缴费满五年后，剩余%1个月可一次性缴纳。</translation>
    </message>
    <message>
        <source>--stop: comma-separated whole years 0–60 (got &quot;%1&quot;)</source>
        <translation>--stop：用逗号分隔的整年数0–60（输入为“%1”）</translation>
    </message>
    <message>
        <source>--stop: at least one number of years</source>
        <translation>--stop：至少一个年数</translation>
    </message>
    <message>
        <source>--retire: comma-separated statutory, earlyN, lateN (N = 0–36 months) or YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--retire：用逗号分隔的statutory、earlyN、lateN（N＝0–36个月）或YYYY-MM（输入为“%1”）</translation>
    </message>
    <message>
        <source>--retire: at least one retirement choice</source>
        <translation>--retire：至少一种退休选择</translation>
    </message>
    <message>
        <source>estimate: exactly one CASE file</source>
        <translation>estimate：须给出且只给出一个个案文件</translation>
    </message>
    <message>
        <source>%1: an amount in yuan %2–%3 with at most 2 decimals (got &quot;%4&quot;)</source>
        <translation>%1：%2–%3元之间、最多两位小数的金额（输入为“%4”）</translation>
    </message>
    <message>
        <source>report: exactly one CASE file</source>
        <translation>report：须给出且只给出一个个案文件</translation>
    </message>
    <message>
        <source>-o: the PDF file to write, ending in .pdf</source>
        <translation>-o：要写入的PDF文件，以.pdf结尾</translation>
    </message>
    <message>
        <source>export: exactly one CASE file</source>
        <translation>export：须给出且只给出一个个案文件</translation>
    </message>
    <message>
        <source>-o: the file to write, ending in .xlsx (plans and years) or .csv (the plans)</source>
        <translation>-o：要写入的文件，以.xlsx（方案和逐年明细）或.csv（方案）结尾</translation>
    </message>
    <message>
        <source>goal: exactly one CASE file</source>
        <translation>goal：须给出且只给出一个个案文件</translation>
    </message>
    <message>
        <source>--target: the monthly pension wanted, in yuan</source>
        <translation>--target：期望的月养老金（元）</translation>
    </message>
    <message>
        <source>Target: %1 yuan a month</source>
        <translation>目标：每月%1元</translation>
    </message>
    <message>
        <source>Further years  Lowest grade  Monthly pension  Paid by the person</source>
        <translation>再缴年数  最低档次  月养老金  个人缴费</translation>
    </message>
    <message>
        <source>--years: contribution years 0.01–60 with 2 decimals (got &quot;%1&quot;)</source>
        <translation>--years：缴费年限0.01–60，两位小数（输入为“%1”）</translation>
    </message>
    <message>
        <source>Average index: %1 … %2</source>
        <translation>平均缴费指数：%1至%2</translation>
    </message>
    <message>
        <source>No average index gives that basic pension with these figures.</source>
        <translation>按这些数据，没有哪个平均缴费指数能得出该基础养老金。</translation>
    </message>
    <message>
        <source>--annuity-months: 1–300 with one decimal (got &quot;%1&quot;)</source>
        <translation>--annuity-months：1–300，一位小数（输入为“%1”）</translation>
    </message>
    <message>
        <source>Account balance: %1 … %2</source>
        <translation>个人账户储存额：%1至%2</translation>
    </message>
    <message>
        <source>solve: give --base, --years and --basic, or --account and --annuity-months</source>
        <translation>solve：请给出--base、--years和--basic，或--account和--annuity-months</translation>
    </message>
    <message>
        <source>--retired: YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--retired：YYYY-MM（输入为“%1”）</translation>
    </message>
    <message>
        <source>--until: a year from the retirement year to 60 years after it (got &quot;%1&quot;)</source>
        <translation>--until：退休当年至其后60年之间的年份（输入为“%1”）</translation>
    </message>
    <message>
        <source>--region: unknown region &quot;%1&quot;</source>
        <translation>--region：未知地区“%1”</translation>
    </message>
    <message>
        <source>Year  Increase  Status       Monthly pension</source>
        <translation>年度  调整幅度  状态         月养老金</translation>
    </message>
    <message>
        <source>Compared with %1: %2 (%3%)</source>
        <translation>与%1相比：%2（%3%）</translation>
    </message>
    <message>
        <source>compare: exactly one CASE file</source>
        <translation>compare：须给出且只给出一个个案文件</translation>
    </message>
    <message>
        <source>Plans: grade × years of further payment × retirement (monthly pension / paid by the person)</source>
        <translation>方案：缴费档次×再缴年数×退休时间（月养老金／个人缴费）</translation>
    </message>
    <message>
        <source>Retirement: %1</source>
        <translation>退休：%1</translation>
    </message>
    <message>
        <source>+%1y</source>
        <translation>+%1年</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>* short of the minimum contribution months</source>
        <translation>* 未达最低缴费月数</translation>
    </message>
    <message>
        <source>--birth: YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--birth：YYYY-MM（输入为“%1”）</translation>
    </message>
    <message>
        <source>--track: one of male-60, female-55, female-50 (got &quot;%1&quot;)</source>
        <translation>--track：male-60、female-55或female-50（输入为“%1”）</translation>
    </message>
    <message>
        <source>Statutory retirement: %1 at %2 (%3 months added by the 2024 decision)</source>
        <translation>法定退休：%1，%2（2024年决定延迟%3个月）</translation>
    </message>
    <message>
        <source>Flexible window: %1 … %2</source>
        <translation>弹性区间：%1至%2</translation>
    </message>
    <message>
        <source>Minimum contribution: %1 months</source>
        <translation>最低缴费：%1个月</translation>
    </message>
    <message>
        <source>batch: exactly one IN.csv file</source>
        <translation>batch：须给出且只给出一个IN.csv文件</translation>
    </message>
    <message>
        <source>COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, export (pension-cli help)</source>
        <translation>命令：estimate、compare、retirement、goal、solve、after、batch、report、export之一（见pension-cli help）</translation>
    </message>
    <message>
        <source>%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)</source>
        <translation>%1：未知命令（estimate、compare、retirement、goal、solve、after、batch、report、export）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>print the result as JSON (the contract&apos;s fields)</source>
        <translation>以JSON输出结果（约定的字段）</translation>
    </message>
    <message>
        <source>language of the output (default zh)</source>
        <translation>输出语言（默认zh中文）</translation>
    </message>
    <message>
        <source>calculation date (default: today; a case&apos;s calculatedOn wins)</source>
        <translation>计算日期（默认今天；个案中的calculatedOn优先）</translation>
    </message>
    <message>
        <source>add or replace parameter packs from a folder</source>
        <translation>从文件夹添加或替换参数包</translation>
    </message>
    <message>
        <source>lifetime sums in today&apos;s money</source>
        <translation>终身合计按现值计算</translation>
    </message>
    <message>
        <source>contribution grades, e.g. 0.6,1.0,2.0 or 60%,100%</source>
        <translation>缴费档次，如0.6,1.0,2.0或60%,100%</translation>
    </message>
    <message>
        <source>years of further payment, e.g. 0,5,10</source>
        <translation>再缴年数，如0,5,10</translation>
    </message>
    <message>
        <source>retirement choices: statutory, earlyN, lateN, YYYY-MM</source>
        <translation>退休选择：statutory（法定）、earlyN（提前N个月）、lateN（延迟N个月）、YYYY-MM</translation>
    </message>
    <message>
        <source>month of birth</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>statutory-age track: male-60, female-55, female-50</source>
        <translation>退休年龄类别：male-60、female-55、female-50</translation>
    </message>
    <message>
        <source>the monthly pension wanted, in yuan</source>
        <translation>期望的月养老金（元）</translation>
    </message>
    <message>
        <source>also: how many years at this grade</source>
        <translation>另算：按此档次需缴多少年</translation>
    </message>
    <message>
        <source>the sheet&apos;s pension base (计发基数), yuan</source>
        <translation>核定表上的计发基数（元）</translation>
    </message>
    <message>
        <source>the sheet&apos;s basic pension, yuan</source>
        <translation>核定表上的基础养老金（元）</translation>
    </message>
    <message>
        <source>the sheet&apos;s account pension, yuan</source>
        <translation>核定表上的个人账户养老金（元）</translation>
    </message>
    <message>
        <source>the sheet&apos;s annuity months (计发月数)</source>
        <translation>核定表上的计发月数</translation>
    </message>
    <message>
        <source>the first monthly pension, yuan</source>
        <translation>退休时的月养老金（元）</translation>
    </message>
    <message>
        <source>the month the pension began</source>
        <translation>开始领取的年月</translation>
    </message>
    <message>
        <source>the last year to show</source>
        <translation>显示到哪一年</translation>
    </message>
    <message>
        <source>region id whose adjustments apply (default hebei)</source>
        <translation>按哪个地区调整（地区代码，默认hebei）</translation>
    </message>
    <message>
        <source>a real figure to compare the last year with</source>
        <translation>用来对比最后一年的实际金额</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>plans per person: GRADE[:YEARS[:RETIRE]],…</source>
        <translation>每人测算的方案：档次[:年数[:退休]],…</translation>
    </message>
    <message>
        <source>the clerk&apos;s name printed on the report</source>
        <translation>打印在测算单上的经办人姓名</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>the projection for the case&apos;s plan, with lifetime, survivor and shortfall figures</source>
        <translation>按个案的方案测算，含终身领取、遗属待遇和缴费不足的情形</translation>
    </message>
    <message>
        <source>the grid of plans: grades × years of further payment × retirement choices</source>
        <translation>方案表：缴费档次×再缴年数×退休时间</translation>
    </message>
    <message>
        <source>statutory retirement month and age, the flexible window, the minimum months</source>
        <translation>法定退休时间和年龄、弹性区间、最低缴费月数</translation>
    </message>
    <message>
        <source>the lowest grade per payment length, or the years at a grade, for a target pension</source>
        <translation>达到目标养老金所需的最低档次（按再缴年数），或按某档次所需年数</translation>
    </message>
    <message>
        <source>back-solve a benefit sheet&apos;s average index or account balance</source>
        <translation>由核定表反推平均缴费指数或个人账户储存额</translation>
    </message>
    <message>
        <source>the pension year by year after retirement, with the yearly increases</source>
        <translation>退休后逐年的养老金及每年调整</translation>
    </message>
    <message>
        <source>one result row per person and plan, from a CSV list (docs/batch.md)</source>
        <translation>按CSV名单批量测算，每人每个方案一行结果（见docs/batch.md）</translation>
    </message>
    <message>
        <source>the A4 report as PDF</source>
        <translation>A4测算单（PDF）</translation>
    </message>
    <message>
        <source>the plan grid and the year table for Excel, or the plans as CSV</source>
        <translation>导出方案表和逐年明细（Excel），或方案表（CSV）</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 bad input (one line on stderr naming the field), 1 anything else.</source>
        <translation>退出状态：0完成；2输入有误（标准错误输出一行，指明字段）；1其他错误。</translation>
    </message>
    <message>
        <source>line %1: neither UTF-8 nor GBK text</source>
        <translation>第%1行：既不是UTF-8也不是GBK编码的文本</translation>
    </message>
    <message>
        <source>--track: the parameter packs define no track &quot;%1&quot;</source>
        <translation>--track：参数包中没有退休年龄类别“%1”</translation>
    </message>
    <message>
        <source>contribution years (solve: the sheet&apos;s; after: the person&apos;s)</source>
        <translation>缴费年限（solve：核定表上的；after：本人的）</translation>
    </message>
    <message>
        <source>Series: the province&apos;s adjustment scheme (fixed, per-year, percent and age amounts) where the parameter pack (%1) has it; other years the national overall level as a percentage, and %2% beyond it. The national level is an average: fixed amounts lift a low pension by more.</source>
        <translation>序列：参数包（%1）中有本省调整办法的年度按本省办法（定额、按缴费年限挂钩、按本人养老金比例挂钩、高龄倾斜）；其他年度按全国总体调整水平的百分比，此后按假设%2%。全国总体水平是平均数：定额调整使低养老金涨幅更大。</translation>
    </message>
    <message>
        <source>Scheme parts left out: give --years (contribution years) and --birth (YYYY-MM) to include them.</source>
        <translation>调整办法中未计入的部分：请用 --years（缴费年限）和 --birth（YYYY-MM）给出后计入。</translation>
    </message>
    <message>
        <source>--grades: comma-separated grades %2–%3 or %4–%5 (got &quot;%1&quot;)</source>
        <translation>--grades：用逗号分隔的档次%2–%3或%4–%5（输入为“%1”）</translation>
    </message>
    <message>
        <source>--grades: at least one grade %1–%2</source>
        <translation>--grades：至少一个档次%1–%2</translation>
    </message>
    <message>
        <source>not reachable even at %1</source>
        <translation>按%1档次也达不到</translation>
    </message>
    <message>
        <source>At %1: %2 more years, %3 yuan a month, costing %4 yuan</source>
        <translation>按%1档次：再缴%2年，每月%3元，需缴%4元</translation>
    </message>
    <message>
        <source>At %1 the target is not reached before retirement.</source>
        <translation>按%1档次，退休前达不到目标。</translation>
    </message>
    <message>
        <source>Paid and received, in today&apos;s money (inflation %1):</source>
        <translation>缴费与领取（按现值，通胀%1）：</translation>
    </message>
    <message>
        <source>  at %1: until %2, costing %3</source>
        <translation>  按%1档次：缴至%2，需%3</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months.</source>
        <translation>✘ %1起不能领取养老金：距最低缴费%3个月还差%2个月。</translation>
    </message>
    <message>
        <source>Paying on until %1 (about %2 yuan): %3 yuan a month from %4.</source>
        <translation>延长缴费至%1（约%2元）后：自%4起每月%3元。</translation>
    </message>
    <message>
        <source>Monthly pension if the minimum were met (not paid): %1 yuan</source>
        <translation>满足最低年限时的月养老金（不发放）：%1元</translation>
    </message>
    <message>
        <source>  The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): the funeral grant and the survivor pension are unknown; the account remainder at %1: %2</source>
        <translation>  本地区参数包没有城镇居民人均可支配收入（urbanDisposableIncome）：丧葬补助金和抚恤金未知；%1岁时个人账户余额：%2</translation>
    </message>
</context>
<context>
    <name>pension::cli::io</name>
    <message>
        <source>%1: no such file &quot;%2&quot;</source>
        <translation>%1：找不到文件“%2”</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;</source>
        <translation>%1：无法读取“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a regular file (a device, a pipe or a socket is not read)</source>
        <translation>%1：“%2”不是普通文件（不读取设备、管道或套接字）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than %3 MiB</source>
        <translation>%1：“%2”大于%3 MiB</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入出错</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>pension::columns</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>社会平均工资</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>缴费指数</translation>
    </message>
    <message>
        <source>Paid by the person</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Employer / pooled</source>
        <translation>单位／统筹</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>计入个人账户</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>记账利率</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>年末余额</translation>
    </message>
    <message>
        <source>Rate status</source>
        <translation>利率状态</translation>
    </message>
    <message>
        <source>Further years</source>
        <translation>再缴年数</translation>
    </message>
    <message>
        <source>Retirement choice</source>
        <translation>退休选择</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休时间</translation>
    </message>
    <message>
        <source>Minimum met</source>
        <translation>达到最低缴费年限</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>Account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>过渡性养老金</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Paid from now</source>
        <translation>今后个人缴费</translation>
    </message>
    <message>
        <source>Break-even age</source>
        <translation>回本年龄</translation>
    </message>
    <message>
        <source>Per 10,000 more (grade)</source>
        <translation>每多缴1万元（档次）</translation>
    </message>
    <message>
        <source>Per 10,000 more (years)</source>
        <translation>每多缴1万元（年限）</translation>
    </message>
</context>
<context>
    <name>pension::exporting</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;</source>
        <translation>无法创建“%1”</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>逐年明细</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>no: short of the minimum, not paid</source>
        <translation>否：未达最低缴费年限，不发放</translation>
    </message>
    <message>
        <source>Rows in red: the plan falls short of the minimum contribution period; its pension is not paid at that retirement month (paying on until the minimum is met is needed).</source>
        <translation>红色行：该方案未达最低缴费年限，所列养老金在该退休时间不发放（须延长缴费至满足最低年限）。</translation>
    </message>
</context>
<context>
    <name>pension::gui::BalanceChart</name>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Account balance at year end</source>
        <translation>个人账户年末余额</translation>
    </message>
</context>
<context>
    <name>pension::gui::BeyondPage</name>
    <message>
        <source>Short of minimum</source>
        <translation>缴费年限不足</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>回本</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>遗属待遇</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标测算</translation>
    </message>
    <message>
        <source>After retirement</source>
        <translation>退休后调待</translation>
    </message>
    <message>
        <source>For the form&apos;s plan.</source>
        <translation>以下按表单中的方案测算。</translation>
    </message>
    <message>
        <source>For a plan from the grid: %1</source>
        <translation>以下按方案对比中选中的方案测算：%1</translation>
    </message>
    <message>
        <source>Estimates: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>以上均为测算，以经办机构核定为准。</translation>
    </message>
</context>
<context>
    <name>pension::gui::BreakEvenChart</name>
    <message>
        <source>Paid, cumulative</source>
        <translation>累计缴费</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Received, cumulative</source>
        <translation>累计领取</translation>
    </message>
    <message>
        <source>Even at %1</source>
        <translation>%1岁回本</translation>
    </message>
    <message>
        <source>Paid and received, in today&apos;s money</source>
        <translation>累计缴费与领取（按现值）</translation>
    </message>
    <message>
        <source>Paid and received, with yearly increases</source>
        <translation>累计缴费与领取（含每年调待）</translation>
    </message>
</context>
<context>
    <name>pension::gui::BreakEvenModel</name>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>累计缴费</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>累计领取</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
</context>
<context>
    <name>pension::gui::CaseForm</name>
    <message>
        <source>Person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Contribution record</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>From now on</source>
        <translation>今后缴费</translation>
    </message>
    <message>
        <source>Year and month, e.g. 1969-02</source>
        <translation>年和月，如1969-02</translation>
    </message>
    <message>
        <source>The month the statement or the history ends; later months are the plan</source>
        <translation>权益记录单或缴费记录截至的月份；此后为今后缴费计划</translation>
    </message>
    <message>
        <source>Statement summary</source>
        <translation>权益记录单</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>逐年缴费记录</translation>
    </message>
    <message>
        <source>视同缴费月数: service before contributions began that counts as paid</source>
        <translation>视同缴费月数：开始缴费前视同已缴费的工龄</translation>
    </message>
    <message>
        <source>Months paid since the personal account began; halves allowed (515.5)</source>
        <translation>个人账户建立后的缴费月数；可有半月（515.5）</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>添加年度</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>粘贴从电子表格复制的单元格（在表格中按Ctrl+V）</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入CSV…</translation>
    </message>
    <message>
        <source>A CSV file saved by Excel, UTF-8 or GBK</source>
        <translation>Excel保存的CSV文件，UTF-8或GBK编码</translation>
    </message>
    <message>
        <source>Give either the monthly base or the year&apos;s total of bases (缴费基数 on a leaflet is the year total). Paste from Excel with Ctrl+V.</source>
        <translation>填写月缴费基数或全年缴费基数其中之一（宣传单上的“缴费基数”是全年合计）。可按Ctrl+V从Excel粘贴。</translation>
    </message>
    <message>
        <source>once I reach (years)</source>
        <translation>缴满（年）后</translation>
    </message>
    <message>
        <source>Stop paying once the contribution years (deemed and paid) reach this number</source>
        <translation>缴费年限（含视同缴费）达到此年数后停止缴费</translation>
    </message>
    <message>
        <source>At the statutory age</source>
        <translation>法定退休年龄</translation>
    </message>
    <message>
        <source>Early by (months)</source>
        <translation>弹性提前（月）</translation>
    </message>
    <message>
        <source>Later by (months)</source>
        <translation>弹性延迟（月）</translation>
    </message>
    <message>
        <source>In the month</source>
        <translation>指定月份</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Optional. Empty: pay from the month after the record until retirement at the grade above. Months between periods are gaps (nothing paid; the account still earns interest). Until empty = until retirement.</source>
        <translation>可不填。不填时：从记录截至的次月起按上面的档次缴到退休。各时段之间的月份为断缴（不缴费，个人账户照常计息）。“止”不填表示缴到退休。</translation>
    </message>
    <message>
        <source>The pasted text is too long for a contribution table.</source>
        <translation>粘贴的内容太长，不是缴费记录表。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取%1。</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: not a contribution table.</source>
        <translation>%1超过4 MB，不是缴费记录表。</translation>
    </message>
    <message>
        <source>%1 years read from %2 (%3).</source>
        <translation>已从%2读入%1个年度（%3）。</translation>
    </message>
    <message>
        <source>缴费基数 was read as the year&apos;s total of monthly bases.</source>
        <translation>“缴费基数”按全年合计读取。</translation>
    </message>
    <message>
        <source>%1 other rows (totals, notes) were left out.</source>
        <translation>另有%1行（合计、备注）未读入。</translation>
    </message>
    <message>
        <source>Import contribution table</source>
        <translation>导入缴费记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>e.g. 1969-02</source>
        <translation>如1969-02</translation>
    </message>
    <message>
        <source>e.g. 2024-02</source>
        <translation>如2024-02</translation>
    </message>
    <message>
        <source>months, e.g. 314</source>
        <translation>月数，如314</translation>
    </message>
    <message>
        <source>e.g. 0.6270</source>
        <translation>如0.6270</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>the region&apos;s (e.g. 1996-01)</source>
        <translation>按地区规定（如1996-01）</translation>
    </message>
    <message>
        <source>e.g. 2027-02</source>
        <translation>如2027-02</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第%1行“%2”：%3</translation>
    </message>
    <message>
        <source>≈ approximate</source>
        <translation>≈ 近似</translation>
    </message>
    <message>
        <source>Search: 潍坊, Weifang…</source>
        <translation>搜索：潍坊、Weifang…</translation>
    </message>
    <message>
        <source>Type part of a province or city name, in Chinese or English, and pick it from the list</source>
        <translation>输入省或市名称的一部分（中文或英文），从列表中选择</translation>
    </message>
    <message>
        <source>only where the region&apos;s rule needs it</source>
        <translation>仅在本地区规则需要时填写</translation>
    </message>
    <message>
        <source>yuan; default: the city&apos;s pack</source>
        <translation>元；默认取本市参数</translation>
    </message>
    <message>
        <source>Use %1 (from the ID number&apos;s area code %2)</source>
        <translation>使用%1（据身份证号地区码%2）</translation>
    </message>
    <message>
        <source>Contribution base as a share of the average wage: a standard grade or any value %1–%2</source>
        <translation>缴费基数占社会平均工资的比例：可选标准档次，也可填%1–%2之间任意值</translation>
    </message>
    <message>
        <source>%1 years added from %2 (%3).</source>
        <translation>已从 %2 添加 %1 个年度（%3）。</translation>
    </message>
    <message>
        <source>Already in the table, kept as they were: %1.</source>
        <translation>表格中已有、保持不变的年度：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The table already has years. Add the file&apos;s years to them, or replace them with the file&apos;s?</source>
        <translation>表格中已有年度数据。将文件中的年度添加进去，还是用文件中的数据替换？</translation>
    </message>
    <message>
        <source>&amp;Add to the table</source>
        <translation>添加到表格(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Converted from the 15-digit number %1: “19” added before the birth year and the check character at the end (GB 11643).</source>
        <translation>已由15位号码 %1 转换：出生年份前补“19”，末尾加校验码（GB 11643）。</translation>
    </message>
    <message>
        <source>18 characters (a 15-digit number is converted); a valid number fills in the birth month and sex</source>
        <translation>18位（15位号码会自动转换）；输入有效号码后自动填写出生年月和性别</translation>
    </message>
    <message>
        <source>yuan, as the sheet prints it; then the index may stay empty</source>
        <translation>元，按核定表所印填写；填写后平均缴费指数可空着</translation>
    </message>
    <message>
        <source>平均缴费指数 as printed on the statement, up to 6 decimals</source>
        <translation>按权益记录单上的平均缴费指数填写，最多6位小数</translation>
    </message>
    <message>
        <source>Approximate only in these cases (the result says so):</source>
        <translation>仅以下情形为近似值（测算结果会注明）：</translation>
    </message>
    <message>
        <source>yuan, the old-method amount the sheet prints</source>
        <translation>元，核定表上的原办法金额</translation>
    </message>
    <message>
        <source>the old-method index Q the sheet prints</source>
        <translation>核定表上的原办法指数Q</translation>
    </message>
    <message>
        <source>yuan, the total on the person&apos;s papers</source>
        <translation>元，按本人材料上的总额</translation>
    </message>
    <message>
        <source>months; default: all contribution months</source>
        <translation>月数；默认全部缴费月数</translation>
    </message>
    <message>
        <source>months, as the sheet counts them</source>
        <translation>月数，按核定表的计算</translation>
    </message>
</context>
<context>
    <name>pension::gui::CounterWorkflow</name>
    <message>
        <source>Case &amp;library…</source>
        <translation>个案库(&amp;L)…</translation>
    </message>
    <message>
        <source>Find a saved case by name or ID number and reopen it</source>
        <translation>按姓名或身份证号查找已保存的个案并重新打开</translation>
    </message>
    <message>
        <source>&amp;Save to library</source>
        <translation>保存到个案库(&amp;S)</translation>
    </message>
    <message>
        <source>Open case &amp;file…</source>
        <translation>打开个案文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Save case file &amp;as…</source>
        <translation>个案另存为文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Export A4 report as P&amp;DF…</source>
        <translation>A4测算单导出为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport tables</source>
        <translation>导出表格(&amp;X)</translation>
    </message>
    <message>
        <source>Plans and year table as &amp;Excel…</source>
        <translation>方案和逐年明细（Excel）(&amp;E)…</translation>
    </message>
    <message>
        <source>Plan grid as &amp;CSV…</source>
        <translation>方案对比表（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Year table as CSV…</source>
        <translation>逐年明细（CSV）(&amp;Y)…</translation>
    </message>
    <message>
        <source>Para&amp;meter packs…</source>
        <translation>参数包(&amp;M)…</translation>
    </message>
    <message>
        <source>See every figure with its source; enter a newly published one</source>
        <translation>查看每项参数及其来源；录入新公布的数据</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>设置(&amp;F)…</translation>
    </message>
    <message>
        <source>Complete the case first: there is no result yet</source>
        <translation>请先填完个案：还没有测算结果</translation>
    </message>
    <message>
        <source>Print the A4 report for the resident</source>
        <translation>打印A4测算单交给群众</translation>
    </message>
    <message>
        <source>Some of your parameter packs are not used:
%1</source>
        <translation>以下参数包未被使用：
%1</translation>
    </message>
    <message>
        <source>The case library cannot be opened, so cases are neither saved nor autosaved until this is resolved.

%1</source>
        <translation>无法打开个案库。在问题解决之前，个案既不能保存，也不会自动保存。

%1</translation>
    </message>
    <message>
        <source>Start an empty library (the damaged file is kept)</source>
        <translation>新建空个案库（保留损坏的文件）</translation>
    </message>
    <message>
        <source>Continue without the library</source>
        <translation>不用个案库，继续工作</translation>
    </message>
    <message>
        <source>The case library is damaged and cannot be read:
%1

Nothing is deleted: the damaged file is kept next to it. Restore the newest backup (cases saved since that backup are missing), or start an empty library.</source>
        <translation>个案库已损坏，无法读取：
%1

不会删除任何内容：损坏的文件保留在原处。请恢复最新备份（该备份之后保存的个案会缺失），或新建空个案库。</translation>
    </message>
    <message>
        <source>The case library was restored from the backup %1; the damaged file is kept beside it.</source>
        <translation>已从备份%1恢复个案库；损坏的文件保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>An empty case library could not be started: %1</source>
        <translation>无法新建空个案库：%1</translation>
    </message>
    <message>
        <source>A new, empty case library was started; the damaged file is kept as %1.</source>
        <translation>已新建空个案库；损坏的文件保留为%1。</translation>
    </message>
    <message>
        <source>Working without the case library: cases are neither saved nor autosaved.</source>
        <translation>未使用个案库：个案既不能保存，也不会自动保存。</translation>
    </message>
    <message>
        <source>The autosaved case could not be read: %1</source>
        <translation>无法读取自动保存的个案：%1</translation>
    </message>
    <message>
        <source>The case that was on screen last time has been restored (autosave).</source>
        <translation>已恢复上次屏幕上的个案（自动保存）。</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Replace the case on screen? Its changes are not saved to the library or a file.</source>
        <translation>要替换屏幕上的个案吗？它的修改还没有保存到个案库或文件。</translation>
    </message>
    <message>
        <source>The region “%1” is not among the parameter packs: choose the region again.</source>
        <translation>参数包中没有地区“%1”：请重新选择参保地区。</translation>
    </message>
    <message>
        <source>The form does not show these fields of the case, so they are not kept if it is saved again: %1.</source>
        <translation>表单不显示该个案的以下字段，再次保存时不会保留：%1。</translation>
    </message>
    <message>
        <source>The case library is not open: %1</source>
        <translation>个案库未打开：%1</translation>
    </message>
    <message>
        <source>Nothing to save yet: the form is empty.</source>
        <translation>表单是空的，没有可保存的内容。</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name or ID number first: the library finds cases by them.</source>
        <translation>请先填写姓名或身份证号：个案库按这两项查找个案。</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>无法保存个案：%1</translation>
    </message>
    <message>
        <source>Saved to the case library: %1.</source>
        <translation>已保存到个案库：%1。</translation>
    </message>
    <message>
        <source>Saved to the case library as typed: %1. It is not complete yet (see the fields marked in red).</source>
        <translation>已按当前输入保存到个案库：%1。个案还没有填完（见红字标出的项目）。</translation>
    </message>
    <message>
        <source>The case is no longer in the library.</source>
        <translation>个案库中已没有这个个案。</translation>
    </message>
    <message>
        <source>The saved case cannot be read: %1</source>
        <translation>无法读取已保存的个案：%1</translation>
    </message>
    <message>
        <source>Opened from the case library: %1.</source>
        <translation>已从个案库打开：%1。</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>打开个案文件</translation>
    </message>
    <message>
        <source>Case files (*.pension.json);;JSON files (*.json);;All files (*)</source>
        <translation>个案文件 (*.pension.json);;JSON文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a case file (too large).</source>
        <translation>%1不是个案文件（文件过大）。</translation>
    </message>
    <message>
        <source>%1 is not a case that can be opened: %2</source>
        <translation>%1不是可以打开的个案：%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开%1。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>The case is not complete: fill in or correct the fields marked in red first. (Ctrl+S keeps it in the case library as typed.)</source>
        <translation>个案还没有填完：请先填写或更正红字标出的项目。（按Ctrl+S可按当前输入保存到个案库。）</translation>
    </message>
    <message>
        <source>Save the case as a file</source>
        <translation>将个案保存为文件</translation>
    </message>
    <message>
        <source>Case files (*.pension.json)</source>
        <translation>个案文件 (*.pension.json)</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>个案已保存到%1。</translation>
    </message>
    <message>
        <source>There is nothing to print yet: complete the case first.</source>
        <translation>还没有可打印的内容：请先填完个案。</translation>
    </message>
    <message>
        <source>Basic pension estimate</source>
        <translation>养老金测算单</translation>
    </message>
    <message>
        <source>The A4 report was sent to the printer.</source>
        <translation>A4测算单已发送到打印机。</translation>
    </message>
    <message>
        <source>There is nothing to export yet: complete the case first.</source>
        <translation>还没有可导出的内容：请先填完个案。</translation>
    </message>
    <message>
        <source>Export the A4 report as PDF</source>
        <translation>将A4测算单导出为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The A4 report was written to %1.</source>
        <translation>A4测算单已保存到%1。</translation>
    </message>
    <message>
        <source>Export plans and year table to Excel</source>
        <translation>将方案和逐年明细导出为Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The plans and the year table were written to %1.</source>
        <translation>方案和逐年明细已保存到%1。</translation>
    </message>
    <message>
        <source>Export the plan grid as CSV</source>
        <translation>将方案对比表导出为CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <source>The plan grid was written to %1.</source>
        <translation>方案对比表已保存到%1。</translation>
    </message>
    <message>
        <source>Export the year table as CSV</source>
        <translation>将逐年明细导出为CSV</translation>
    </message>
    <message>
        <source>The year table was written to %1.</source>
        <translation>逐年明细已保存到%1。</translation>
    </message>
    <message>
        <source>The case library is in use by another window of the program, so it is open read-only here: cases can be found and opened, but not saved, and nothing is autosaved in this window.

%1</source>
        <translation>个案库正被本程序的另一个窗口使用，因此在这里以只读方式打开：可以查找和打开个案，但不能保存，本窗口也不会自动保存。

%1</translation>
    </message>
    <message>
        <source>The case library cannot be written (the file or its folder is read-only), so cases are neither saved nor autosaved.

%1</source>
        <translation>个案库无法写入（文件或其所在文件夹为只读），因此个案既不能保存，也不会自动保存。

%1</translation>
    </message>
    <message>
        <source>Newer backups that failed their check are not offered: %1.</source>
        <translation>未通过检查的较新备份不予提供：%1个。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 anyway (cases in it: %2, fewer than the %3 the damaged file shows)</source>
        <translation>仍恢复%1的备份（其中个案%2个，少于损坏文件中可见的%3个）</translation>
    </message>
    <message>
        <source>The newest good backup holds fewer cases (%1) than the damaged file still shows (%2).</source>
        <translation>最新的完好备份中的个案（%1个）少于损坏文件中仍可见的个案（%2个）。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (cases in it: %2)</source>
        <translation>恢复%1的备份（其中个案%2个）</translation>
    </message>
    <message>
        <source>No backup passes its check, so none can be restored.</source>
        <translation>没有一个备份通过检查，因此无法恢复。</translation>
    </message>
    <message>
        <source>There is no backup.</source>
        <translation>没有备份。</translation>
    </message>
    <message>
        <source>%1 is not a case file (not a regular file).</source>
        <translation>%1不是个案文件（不是普通文件）。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Save the case on screen to the case library: over the case it was opened from or last saved to</source>
        <translation>将屏幕上的个案保存到个案库：覆盖打开时或上次保存的那条个案</translation>
    </message>
    <message>
        <source>Save to library as &amp;new case</source>
        <translation>另存为个案库中的新个案(&amp;N)</translation>
    </message>
    <message>
        <source>Save the case on screen as a new library case, leaving the one it was opened from as it was</source>
        <translation>将屏幕上的个案另存为个案库中的新个案，原个案保持不变</translation>
    </message>
    <message>
        <source>Saved to the case library as a new case: %1. The case it was opened from is kept as it was.</source>
        <translation>已作为新个案保存到个案库：%1。原个案保持不变。</translation>
    </message>
</context>
<context>
    <name>pension::gui::ExplanationModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>算式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>pension::gui::GoalModel</name>
    <message>
        <source>* short of the minimum contribution period</source>
        <translation>* 未达最低缴费年限</translation>
    </message>
    <message>
        <source>Pay for</source>
        <translation>今后缴费</translation>
    </message>
    <message>
        <source>Lowest grade</source>
        <translation>最低档次</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Paid by the person</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>not reachable even at %1</source>
        <translation>按%1档次也达不到</translation>
    </message>
</context>
<context>
    <name>pension::gui::GoalPanel</name>
    <message>
        <source>The lowest contribution grade that reaches a monthly pension, for each number of years paid from now, under the form&apos;s retirement choice; and how many years it takes at one grade. Grades to 0.1%; * short of the minimum years.</source>
        <translation>按表单中的退休时间，列出今后缴费不同年数时达到目标月养老金所需的最低缴费档次；以及按某一档次需要缴多少年。档次精确到0.1%；* 表示未达最低缴费年限。</translation>
    </message>
    <message>
        <source>&amp;Target (yuan a month):</source>
        <translation>目标月养老金（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>Years needed &amp;at grade:</source>
        <translation>按此档次所需年数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>测算(&amp;F)</translation>
    </message>
    <message>
        <source>Back-solve a benefit sheet (核定表)</source>
        <translation>反推养老金核定表</translation>
    </message>
    <message>
        <source>Type the figures printed on a sheet to get back the average index and the account balance that give them.</source>
        <translation>输入核定表上印的数字，反推出与之对应的平均缴费指数和个人账户储存额。</translation>
    </message>
    <message>
        <source>Pension base:</source>
        <translation>计发基数：</translation>
    </message>
    <message>
        <source>Contribution years:</source>
        <translation>缴费年限：</translation>
    </message>
    <message>
        <source>Basic pension:</source>
        <translation>基础养老金：</translation>
    </message>
    <message>
        <source>Account pension:</source>
        <translation>个人账户养老金：</translation>
    </message>
    <message>
        <source>Annuity months:</source>
        <translation>计发月数：</translation>
    </message>
    <message>
        <source>Type the monthly pension wanted, in yuan (1 – 100,000).</source>
        <translation>请输入期望的月养老金，单位元（1 – 100,000）。</translation>
    </message>
    <message>
        <source>At %1: %2 reaches %3 yuan a month, costing the person %4 yuan.</source>
        <translation>按%1档次：%2，每月可达%3元，个人需缴%4元。</translation>
    </message>
    <message>
        <source>At %1 the target of %2 yuan is not reached before retirement.</source>
        <translation>按%1档次，退休前达不到每月%2元的目标。</translation>
    </message>
    <message>
        <source>→ the three figures as printed (years with 2 decimals)</source>
        <translation>→ 请按核定表填写这三项（缴费年限保留两位小数）</translation>
    </message>
    <message>
        <source>→ no average index gives that basic pension</source>
        <translation>→ 没有哪个平均缴费指数能得出该基础养老金</translation>
    </message>
    <message>
        <source>→ average index %1</source>
        <translation>→ 平均缴费指数%1</translation>
    </message>
    <message>
        <source>→ average index %1 … %2</source>
        <translation>→ 平均缴费指数%1至%2</translation>
    </message>
    <message>
        <source>→ the account pension and the annuity months (1 – 300) as printed</source>
        <translation>→ 请按核定表填写个人账户养老金和计发月数（1 – 300）</translation>
    </message>
    <message>
        <source>→ account balance at retirement %1 … %2 yuan</source>
        <translation>→ 退休时个人账户储存额%1至%2元</translation>
    </message>
    <message>
        <source>The grade is %1 – %2 of the average wage.</source>
        <translation>缴费档次为社会平均工资的%1 – %2。</translation>
    </message>
</context>
<context>
    <name>pension::gui::GradeChart</name>
    <message>
        <source>Contribution grade (%)</source>
        <translation>缴费档次（%）</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Monthly pension by grade</source>
        <translation>各档次的月养老金</translation>
    </message>
</context>
<context>
    <name>pension::gui::GridModel</name>
    <message>
        <source>%1%2
pays %3</source>
        <translation>%1%2
缴%3</translation>
    </message>
    <message>
        <source>This retirement choice is not possible for this person.</source>
        <translation>此人不能选择这个退休时间。</translation>
    </message>
    <message>
        <source>Grade %1, %2: retires %3 at %4
Monthly pension %5 (basic %6, account %7, transitional %8)
Contribution months %9, average index %10, account %11
Paid by the person from now: %12%13</source>
        <translation>档次%1，%2：%3退休，%4
月养老金%5（基础%6，个人账户%7，过渡性%8）
缴费月数%9，平均缴费指数%10，个人账户%11
今后个人缴费：%12%13</translation>
    </message>
    <message>
        <source>The grade of the form&apos;s plan</source>
        <translation>表单中方案的档次</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>缴到退休</translation>
    </message>
    <message>
        <source>Pays every month until the retirement month</source>
        <translation>每月缴费直到退休当月</translation>
    </message>
    <message>
        <source>+%1 per 10k</source>
        <translation>每万元+%1</translation>
    </message>
    <message>
        <source>Paid back (break-even) at %1, with yearly increases</source>
        <translation>%1回本（含每年调待）</translation>
    </message>
    <message>
        <source>What is paid is not received back by the age of 100</source>
        <translation>到100岁仍未回本</translation>
    </message>
    <message>
        <source>Each 10,000 yuan paid more than at %1 buys %2 yuan a month more</source>
        <translation>比%1档次每多缴1万元，每月多领%2元</translation>
    </message>
    <message>
        <source>Each 10,000 yuan for paying one year longer buys %1 yuan a month more</source>
        <translation>多缴一年：每多缴1万元，每月多领%1元</translation>
    </message>
    <message>
        <source>✘ short of the minimum contribution period: not payable at this retirement month</source>
        <translation>✘ 未达最低缴费年限：该退休时间不能领取</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>%1 yuan a month, pays %2</source>
        <translation>每月%1元，个人缴费%2</translation>
    </message>
    <message>
        <source>not payable, short of the minimum contribution period (%1 yuan a month only if it were met), pays %2</source>
        <translation>不能领取，未达最低缴费年限（满足年限时才为每月%1元），个人缴费%2</translation>
    </message>
</context>
<context>
    <name>pension::gui::GridPage</name>
    <message>
        <source>&amp;Retirement:</source>
        <translation>退休时间(&amp;R)：</translation>
    </message>
    <message>
        <source>Pinned plans</source>
        <translation>固定对比的方案</translation>
    </message>
    <message>
        <source>&amp;Pin plan</source>
        <translation>固定方案(&amp;P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Value of 10,000 yuan &amp;more</source>
        <translation>每多缴1万元多领(&amp;M)</translation>
    </message>
    <message>
        <source>Second line of each cell: how much more a month each extra 10,000 yuan paid buys, against the next lower grade</source>
        <translation>每格第二行：与低一档相比，每多缴1万元每月多领多少</translation>
    </message>
    <message>
        <source>Rows: contribution grade; columns: how many more years to pay. Each cell: the monthly pension and what the person pays from now (or, ticked, how much more a month each extra 10,000 yuan buys against the grade below); the tooltip adds the break-even age. Select a cell to see the plan in full; Enter or double-click pins it (up to four). Red cells marked ✘ fall short of the minimum contribution period: that pension is not paid at that retirement month.</source>
        <translation>行：缴费档次；列：还要缴几年。每格：月养老金及今后个人缴费（勾选后改为：比低一档每多缴1万元每月多领多少）；提示框另列回本年龄。选中一格可查看该方案全貌；回车或双击可固定（最多四个）。标✘的红色格未达最低缴费年限：该退休时间不发放该养老金。</translation>
    </message>
</context>
<context>
    <name>pension::gui::LedgerModel</name>
    <message>
        <source>Average wage of %1: %2 yuan (%3)</source>
        <translation>%1年社会平均工资：%2元（%3）</translation>
    </message>
    <message>
        <source>Interest rate of %1: %2</source>
        <translation>%1年记账利率：%2</translation>
    </message>
</context>
<context>
    <name>pension::gui::LibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>个案库</translation>
    </message>
    <message>
        <source>&amp;Find (name or ID number):</source>
        <translation>查找（姓名或身份证号）(&amp;F)：</translation>
    </message>
    <message>
        <source>Type to search; ↑ ↓ choose, Enter opens</source>
        <translation>输入即查找；↑ ↓ 选择，Enter 打开</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected case in the form (Enter)</source>
        <translation>在表单中打开所选个案（Enter）</translation>
    </message>
    <message>
        <source>&amp;Copy as new case</source>
        <translation>复制为新个案(&amp;C)</translation>
    </message>
    <message>
        <source>Save a copy of the selected case under a new entry, e.g. to try another plan</source>
        <translation>把所选个案另存一份新记录，例如用来试算其他方案</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected case from the library (Delete key in the list); asks first</source>
        <translation>从个案库删除所选个案（在列表中按Delete键）；删除前会先确认</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>The case library is not open: %1</source>
        <translation>个案库未打开：%1</translation>
    </message>
    <message>
        <source>The library is empty: save a case with Ctrl+S.</source>
        <translation>个案库是空的：按Ctrl+S保存个案。</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>没有与“%1”相符的个案。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>个案共%n个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>无法保存副本：%1</translation>
    </message>
    <message>
        <source>Copied as a new case: “%1”. Enter opens it.</source>
        <translation>已复制为新个案：“%1”。按Enter打开。</translation>
    </message>
    <message>
        <source>Delete the case of %1 from the library? This cannot be undone.</source>
        <translation>要从个案库删除%1的个案吗？删除后无法恢复。</translation>
    </message>
    <message>
        <source>The case could not be deleted: %1</source>
        <translation>无法删除个案：%1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>已删除：%1</translation>
    </message>
</context>
<context>
    <name>pension::gui::LifetimePanel</name>
    <message>
        <source>Amounts in &amp;today&apos;s money</source>
        <translation>金额按现值显示(&amp;T)</translation>
    </message>
    <message>
        <source>Divides every amount by the assumed inflation from the calculation date, so amounts of different years can be compared</source>
        <translation>从计算日期起按假设的通胀率折算每笔金额，使不同年份的金额可以直接比较</translation>
    </message>
    <message>
        <source>Break-even age: the pension received equals what the person paid</source>
        <translation>回本年龄：累计领取的养老金等于个人累计缴费</translation>
    </message>
    <message>
        <source>Paid and received by each age</source>
        <translation>到各年龄的累计缴费与领取</translation>
    </message>
    <message>
        <source>This plan is short of the minimum years: no pension is paid until the minimum is reached (see Short of minimum). The figures below assume the pension from the retirement month.</source>
        <translation>此方案未达最低缴费年限：缴满最低年限之前不能按月领取养老金（见“缴费年限不足”）。以下数字假设从退休当月起领取养老金。</translation>
    </message>
    <message>
        <source>Totals at the birthday month. What remains in the personal account at death is inherited (see Survivors) and is not counted here.</source>
        <translation>累计金额计算到生日当月。去世时个人账户的余额可以继承（见“遗属待遇”），此处未计入。</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not reached by the age of 100</source>
        <translation>到100岁仍未回本</translation>
    </message>
    <message>
        <source>The employer pays its share besides: %1 yuan%2 from now to retirement. It is not the person&apos;s money and is not counted here.</source>
        <translation>单位另缴其应缴部分：从现在到退休%1元%2。这部分不是个人的钱，此处未计入。</translation>
    </message>
    <message>
        <source>In today&apos;s money: each amount divided by %1% inflation a year from the calculation date. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %2% a year (an assumption).</source>
        <translation>按现值：各金额自计算日期起按每年通胀%1%折算。养老金每年1月调整：参数包中有本省调整办法的年度按本省办法，否则按公布的全国调整水平，此后每年按%2%（假设）。</translation>
    </message>
    <message>
        <source>Nominal yuan. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %1% a year (an assumption).</source>
        <translation>名义金额。养老金每年1月调整：参数包中有本省调整办法的年度按本省办法，否则按公布的全国调整水平，此后每年按%1%（假设）。</translation>
    </message>
    <message>
        <source>Paid by the person: %1 yuan in all; %2 yuan%3 of it from now to retirement. A flexible worker pays the whole %4 of the base.</source>
        <translation>个人缴费：累计%1元，其中从现在到退休%2元%3。灵活就业人员按缴费基数的%4全部由个人缴纳。</translation>
    </message>
    <message>
        <source>Of those %3, %4 go to the personal account and %5 to the pooled fund (%1 yuan%2 of the payments from now).</source>
        <translation>这%3中，%4计入个人账户，%5计入统筹基金（今后缴费中有%1元%2）。</translation>
    </message>
    <message>
        <source>Paid by the person (%4 of the wage): %1 yuan in all; %2 yuan%3 of it from now to retirement.</source>
        <translation>个人缴费（工资的%4）：累计%1元，其中从现在到退休%2元%3。</translation>
    </message>
</context>
<context>
    <name>pension::gui::LifetimeTotalsModel</name>
    <message>
        <source>%1 (life expectancy)</source>
        <translation>%1（预期寿命）</translation>
    </message>
    <message>
        <source>Life expectancy at birth in the parameter pack; the totals are those of the birthday month.</source>
        <translation>参数包中的出生时预期寿命；累计金额计算到生日当月。</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>累计缴费</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>累计领取</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
</context>
<context>
    <name>pension::gui::MainWindow</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pension Planner&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Estimates the basic pension of China&apos;s enterprise employees (企业职工基本养老保险) from a statement or a contribution history, and compares plans. Offline; the parameter packs are built in.&lt;/p&gt;&lt;p&gt;An estimate: the social-insurance agency&apos;s determination prevails.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;养老金测算&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;根据权益记录单或逐年缴费记录测算企业职工基本养老保险的养老金，并对比不同缴费方案。离线使用，参数包已内置。&lt;/p&gt;&lt;p&gt;测算结果仅供参考，以经办机构核定为准。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pension Planner — enterprise employees&apos; basic pension</source>
        <translation>养老金测算 — 企业职工基本养老保险</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>How it is calculated</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <source>Personal account, year by year (figures in brown are assumptions)</source>
        <translation>个人账户逐年明细（棕色数字为假设值）</translation>
    </message>
    <message>
        <source>Each figure of the result, in the order the agency computes it, with the numbers filled in and the regulation it comes from.</source>
        <translation>按经办机构的计算顺序列出结果中的每一项数据、代入数字的算式及其政策依据。</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新个案(&amp;N)</translation>
    </message>
    <message>
        <source>Clear the form for the next resident</source>
        <translation>清空表单，接待下一位</translation>
    </message>
    <message>
        <source>&amp;Recalculate</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print A4 report…</source>
        <translation>打印A4测算单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Large font (for the person across the desk)</source>
        <translation>大字模式(&amp;L)（方便对面的群众查看）</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>To calculate, fill in: %1.</source>
        <translation>请填写：%1。填好后即可计算。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing is calculated while a field is marked in red: correct it first.</source>
        <translation>有红字标出的项目时不进行计算，请先更正。</translation>
    </message>
    <message>
        <source>Statutory %1 (%2); possible %3 – %4</source>
        <translation>法定%1（%2）；可选%3至%4</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Clear this case and start a new one? What was typed is not kept.</source>
        <translation>清空当前个案并开始新的个案吗？已输入的内容不会保留。</translation>
    </message>
    <message>
        <source>%1, %2; retire: %3</source>
        <translation>%1，%2；退休：%3</translation>
    </message>
    <message>
        <source>Beyond</source>
        <translation>更多测算</translation>
    </message>
    <message>
        <source>Left: the plan grid&apos;s retirement choice (see Compare plans). Break-even counts what the person pays against the pension received with its yearly increases, in nominal yuan (today&apos;s money: see Beyond); the account remainder is inheritable and not counted.</source>
        <translation>左图按方案对比中选定的退休时间（见“方案对比”）。回本：个人缴费对比逐年调待后领取的养老金，按名义金额计算（按现值见“更多测算”）；可继承的个人账户余额未计入。</translation>
    </message>
    <message>
        <source>&amp;Resident view (full screen)</source>
        <translation>居民视图（全屏）(&amp;R)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 yuan a month</source>
        <translation>每月%1元</translation>
    </message>
    <message>
        <source>✘ %1 months short: %2 yuan a month after paying on until %3</source>
        <translation>✘ 缴费差%1个月：延长缴费至%3后每月%2元</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · parameters %2 · calculated as of %3</source>
        <translation>%1 · 参数%2 · 计算日期%3</translation>
    </message>
</context>
<context>
    <name>pension::gui::ParameterEditor</name>
    <message>
        <source>Parameter packs</source>
        <translation>参数包</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>修改记录(&amp;L)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公布月份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter a newly published figure (or correct one: Enter on a row above copies it here)</source>
        <translation>录入新公布的数据（或更正：在上表某行按Enter可复制到这里）</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>起始(&amp;A)：</translation>
    </message>
    <message>
        <source>a year like 2026, or a month like 2026-07</source>
        <translation>年份如2026，或年月如2026-07</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>as published, e.g. 7950 or 2.5</source>
        <translation>按公布的数填写，如7950或2.5</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>可信度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>the document number (文号) and where it was read — required</source>
        <translation>文号及查阅出处（必填）</translation>
    </message>
    <message>
        <source>Published in (&amp;month):</source>
        <translation>公布月份(&amp;M)：</translation>
    </message>
    <message>
        <source>YYYY-MM, the month the figure became known</source>
        <translation>YYYY-MM，该数据公布的月份</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve figure</source>
        <translation>保存数据(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>导入参数包(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or replace a parameter pack from a file; it is checked before it is used</source>
        <translation>从文件添加或替换参数包；使用前会先校验</translation>
    </message>
    <message>
        <source>&amp;Export pack…</source>
        <translation>导出参数包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected pack, as in force, to a file</source>
        <translation>将所选参数包（当前生效的版本）保存为文件</translation>
    </message>
    <message>
        <source>&amp;Back to shipped version…</source>
        <translation>恢复内置版本(&amp;B)…</translation>
    </message>
    <message>
        <source>Remove the local copy of the selected pack; the change log keeps its record</source>
        <translation>删除所选参数包的本地副本；修改记录仍会保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every change of a parameter pack made here: who, when, which figure, the value before and after, and the source given. Newest first.</source>
        <translation>在这里对参数包做的每一次修改：修改人、时间、哪项数据、修改前后的值以及填写的来源。最新的在最前。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>参数包</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>[local]</source>
        <translation>[本地]</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>%1: no figures of its own; the province&apos;s apply</source>
        <translation>%1：没有本市自己的数据，适用全省数据</translation>
    </message>
    <message>
        <source>Pack %1, version %2</source>
        <translation>参数包%1，版本%2</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>local copy %1 (shipped: %2)</source>
        <translation>本地副本%1（内置版本：%2）</translation>
    </message>
    <message>
        <source>Set your name in Preferences first: every change records who made it.</source>
        <translation>请先在“设置”中填写您的姓名：每次修改都会记录修改人。</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>修改人记为%1</translation>
    </message>
    <message>
        <source>Choose a series in the list.</source>
        <translation>请在左侧列表中选择一项数据。</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>Choose a dated series in the list first.</source>
        <translation>请先在左侧列表中选择一项按年份公布的数据。</translation>
    </message>
    <message>
        <source>Set your name in Preferences first (Ctrl+,): every change records who made it.</source>
        <translation>请先在“设置”（Ctrl+,）中填写您的姓名：每次修改都会记录修改人。</translation>
    </message>
    <message>
        <source>The change log (in the case library) is not open: no change can be recorded.</source>
        <translation>修改记录（存在个案库中）未打开：无法记录修改。</translation>
    </message>
    <message>
        <source>required: a year like 2026 or a month like 2026-07</source>
        <translation>必填：年份如2026，或年月如2026-07</translation>
    </message>
    <message>
        <source>The figure is saved, but the change log could not record it: %1</source>
        <translation>数据已保存，但未能写入修改记录：%1</translation>
    </message>
    <message>
        <source>Saved %1 = %2 from %3 in pack %4, version %5. Results now use this version.</source>
        <translation>已保存：%1 = %2，自%3起，参数包%4，版本%5。测算结果现已采用此版本。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Not imported: %1 has no pack id.</source>
        <translation>未导入：%1没有参数包标识（id）。</translation>
    </message>
    <message>
        <source>Replace pack %1 version %2 with version %3 from %4?</source>
        <translation>要用%4中的版本%3替换参数包%1的版本%2吗？</translation>
    </message>
    <message>
        <source>Imported pack %1, version %2. Results now use it.</source>
        <translation>已导入参数包%1，版本%2。测算结果现已采用。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Pack %1, version %2, written to %3.</source>
        <translation>参数包%1（版本%2）已保存到%3。</translation>
    </message>
    <message>
        <source>Import a parameter pack</source>
        <translation>导入参数包</translation>
    </message>
    <message>
        <source>Parameter packs (*.json)</source>
        <translation>参数包 (*.json)</translation>
    </message>
    <message>
        <source>Export a parameter pack</source>
        <translation>导出参数包</translation>
    </message>
    <message>
        <source>Remove the imported pack %1 (version %2)? Cases of its regions can no longer be calculated.</source>
        <translation>要删除导入的参数包%1（版本%2）吗？删除后该参数包所含地区的个案将无法测算。</translation>
    </message>
    <message>
        <source>Go back to the shipped version %1 of pack %2? The local version %3 is removed; the change log keeps its record.</source>
        <translation>要将参数包%2恢复为内置版本%1吗？本地版本%3将被删除；修改记录仍会保留。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除%1。</translation>
    </message>
    <message>
        <source>local copy removed</source>
        <translation>已删除本地副本</translation>
    </message>
    <message>
        <source>Pack %1 removed.</source>
        <translation>已删除参数包%1。</translation>
    </message>
    <message>
        <source>Pack %1 is back to the shipped version %2.</source>
        <translation>参数包%1已恢复为内置版本%2。</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathChart</name>
    <message>
        <source>Monthly pension after retirement, with yearly increases</source>
        <translation>退休后的月养老金（含每年调待）</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>元/月</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathModel</name>
    <message>
        <source>retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>调整幅度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathPanel</name>
    <message>
        <source>The pension from retirement, raised each January by the province&apos;s scheme (fixed, per-year, percent and age amounts) in the years the parameter pack %1 has it, else by the national overall adjustment level, then the assumption of %2% a year (in brown). Nominal yuan.</source>
        <translation>退休后的养老金：参数包%1中有本省调整办法（定额、按缴费年限、按本人养老金比例、高龄倾斜）的年度按本省办法每年1月调整，否则按全国总体调整水平，此后按假设每年%2%（棕色）。名义金额。</translation>
    </message>
</context>
<context>
    <name>pension::gui::PinsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, %1 months short</source>
        <translation>否，差%1个月</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>方案%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Provisional (预发)</source>
        <translation>预发</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Monthly vs plan 1</source>
        <translation>月养老金比方案1</translation>
    </message>
    <message>
        <source>Paid vs plan 1</source>
        <translation>个人缴费比方案1</translation>
    </message>
    <message>
        <source>Monthly per 10,000 more paid</source>
        <translation>每多缴1万元每月多领</translation>
    </message>
    <message>
        <source>%1, %2;
retire: %3</source>
        <translation>%1，%2；
退休：%3</translation>
    </message>
</context>
<context>
    <name>pension::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Clerk name:</source>
        <translation>经办人姓名(&amp;C)：</translation>
    </message>
    <message>
        <source>Printed on the A4 report and recorded with every change of a parameter pack.</source>
        <translation>打印在A4测算单上，并在每次修改参数包时记录。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
</context>
<context>
    <name>pension::gui::ResidentView</name>
    <message>
        <source>For the resident</source>
        <translation>给参保人看</translation>
    </message>
    <message>
        <source>The plans compared</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>F11 or Esc: back to the counter screen</source>
        <translation>F11或Esc：返回柜台界面</translation>
    </message>
</context>
<context>
    <name>pension::gui::ResultView</name>
    <message>
        <source>Back to the form&apos;s plan</source>
        <translation>回到表单中的方案</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休时间</translation>
    </message>
    <message>
        <source>Statutory age</source>
        <translation>法定退休年龄</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>缴费指数</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>An estimate: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>测算结果仅供参考，以经办机构核定为准。</translation>
    </message>
    <message>
        <source>Showing a plan from the grid: %1</source>
        <translation>正在显示方案对比中的方案：%1</translation>
    </message>
    <message>
        <source>Monthly pension once the %1 base is published</source>
        <translation>%1年计发基数公布后的月养老金</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>a month, on the %1 pension base of %2 yuan (%3); paid from %4</source>
        <translation>每月，按%1年计发基数%2元（%3）计算；%4起发放</translation>
    </message>
    <message>
        <source>Final
%1 base</source>
        <translation>核定
%1年基数</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Provisional (预发)
%1 base %2</source>
        <translation>预发
%1年基数%2</translation>
    </message>
    <message>
        <source>Paid at the provisional rate until the %1 base is published (%2%3); then the difference for %4 months is paid back: about %5 yuan.</source>
        <translation>%1年计发基数公布（%2%3）前按预发标准发放；公布后补发%4个月的差额，约%5元。</translation>
    </message>
    <message>
        <source>, expected</source>
        <translation>，预计</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 months added by the 2024 decision); flexible window %4 – %5</source>
        <translation>%1，%2（按2024年决定延迟%3个月）；弹性区间%4至%5</translation>
    </message>
    <message>
        <source>%1 months = %2 years (deemed and before the account: %3 years); minimum %4 months for %5</source>
        <translation>%1个月＝%2年（视同及建账前：%3年）；%5年最低%4个月</translation>
    </message>
    <message>
        <source>average index %1; indexed wage %2 yuan</source>
        <translation>平均缴费指数%1；指数化月平均缴费工资%2元</translation>
    </message>
    <message>
        <source>%1 yuan at retirement ÷ %2 annuity months</source>
        <translation>退休时储存额%1元 ÷ 计发月数%2</translation>
    </message>
    <message>
        <source>%1 yuan from now to retirement (employer or pooled share %2); %3 yuan in the record and plan</source>
        <translation>从现在到退休%1元（单位或统筹部分%2元）；记录和计划合计%3元</translation>
    </message>
    <message>
        <source>✔ Meets the minimum contribution period.</source>
        <translation>✔ 达到最低缴费年限。</translation>
    </message>
    <message>
        <source>✘ Short of the minimum by %1 months. Paying on after the retirement age, the minimum is reached in %2, costing about %3 yuan as a flexible worker.</source>
        <translation>✘ 距最低缴费年限还差%1个月。到龄后按灵活就业人员继续缴费，可于%2达到，约需%3元。</translation>
    </message>
    <message>
        <source>Parameters: %1 · calculated as of %2 · %3</source>
        <translation>参数：%1 · 计算日期%2 · %3</translation>
    </message>
    <message>
        <source>Local items: %1</source>
        <translation>地方项目：%1</translation>
    </message>
    <message>
        <source>Also in &amp;today&apos;s money</source>
        <translation>同时按今日购买力显示(&amp;T)</translation>
    </message>
    <message>
        <source>The monthly figures deflated to the calculation date with the inflation assumption; the pension itself is paid in the nominal amounts</source>
        <translation>按通胀假设折算到测算日的月度金额；实际发放的是名义金额</translation>
    </message>
    <message>
        <source>In today&apos;s money
(%1)</source>
        <translation>今日购买力
（%1）</translation>
    </message>
    <message>
        <source>Today&apos;s money: the figures of %1 deflated to %2 at the assumed inflation of %3% a year. What is paid is the nominal amount.</source>
        <translation>今日购买力：%1 的金额按每年 %3% 的假设通胀折算到 %2。实际发放的是名义金额。</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months. Paying on until %4 is needed.</source>
        <translation>✘ %1起不能领取养老金：距最低缴费%3个月还差%2个月，须延长缴费至%4。</translation>
    </message>
    <message>
        <source>Monthly pension after paying on until %1</source>
        <translation>延长缴费至%1后的月养老金</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>a month from %1, paying %2 more months as a flexible worker (about %3 yuan). The figures below, for %4, are not paid: the minimum is not met then.</source>
        <translation>每月，自%1起发放；须以灵活就业人员身份再缴%2个月（约%3元）。下列%4的数额不发放：届时未达最低缴费年限。</translation>
    </message>
    <message>
        <source>Not payable
(minimum not met)</source>
        <translation>不发放
（未达最低年限）</translation>
    </message>
</context>
<context>
    <name>pension::gui::ShortfallModel</name>
    <message>
        <source>Grade</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Months to pay</source>
        <translation>需缴月数</translation>
    </message>
    <message>
        <source>Minimum reached in</source>
        <translation>缴满最低年限时间</translation>
    </message>
    <message>
        <source>Cost to the person</source>
        <translation>个人需缴</translation>
    </message>
</context>
<context>
    <name>pension::gui::ShortfallPanel</name>
    <message>
        <source>Short of the minimum by %1 months: %2 months are needed to draw a pension on retiring in %3; the record and the plan reach %4 months.</source>
        <translation>距最低缴费年限还差%1个月：%3退休须缴满%2个月才能按月领取养老金；缴费记录加今后计划共%4个月。</translation>
    </message>
    <message>
        <source>Paying on after the retirement age as a flexible worker (社会保险法 第十六条; 人社部令第13号) for %1 months, until %2. What it costs the person at each standard grade:</source>
        <translation>到龄后以灵活就业人员身份延长缴费（《社会保险法》第十六条；人社部令第13号）%1个月，缴至%2。各标准档次下个人需缴：</translation>
    </message>
    <message>
        <source>Or transfer to the urban and rural residents&apos; basic pension (城乡居民基本养老保险): the personal account of %1 yuan moves whole and the contribution years count there (人社部发〔2014〕17号).</source>
        <translation>或转入城乡居民基本养老保险：个人账户%1元全额转入，缴费年限合并计算（人社部发〔2014〕17号）。</translation>
    </message>
    <message>
        <source>Insured before 2011-07-01: if still short after five years of paying on, the remaining %1 months may be paid at once (人社部令第13号 第二条).</source>
        <translation>2011年7月1日前参保的：延长缴费满五年后仍不足的，剩余%1个月可一次性缴纳（人社部令第13号第二条）。</translation>
    </message>
    <message>
        <source>No one-off payment for this person: paying missing years at once is allowed only to people insured before 2011-07-01 who are still short after five years of paying on (人社部令第13号 第二条).</source>
        <translation>此人不能一次性缴费：只有2011年7月1日前参保、延长缴费满五年后仍不足的人员，才可一次性缴纳剩余年限（人社部令第13号第二条）。</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorChart</name>
    <message>
        <source>What the family receives, by age at death</source>
        <translation>家属可领取的金额（按去世年龄）</translation>
    </message>
    <message>
        <source>Age at death</source>
        <translation>去世年龄</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorModel</name>
    <message>
        <source>retired</source>
        <translation>已退休</translation>
    </message>
    <message>
        <source>working</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Urban per-capita disposable income of %1: %2 yuan a month (%3)</source>
        <translation>%1年城镇居民人均可支配收入：每月%2元（%3）</translation>
    </message>
    <message>
        <source>The account at retirement less the account pension paid out of it so far</source>
        <translation>退休时的个人账户储存额，减去已发放的个人账户养老金</translation>
    </message>
    <message>
        <source>The account with its interest up to the month of death</source>
        <translation>个人账户储存额，计息至去世当月</translation>
    </message>
    <message>
        <source>%1 contribution months at death</source>
        <translation>去世时已缴费%1个月</translation>
    </message>
    <message>
        <source>Age at death</source>
        <translation>去世年龄</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>年月</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>丧葬补助金</translation>
    </message>
    <message>
        <source>Survivor pension</source>
        <translation>抚恤金</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Account remainder</source>
        <translation>个人账户余额</translation>
    </message>
    <message>
        <source>Family receives</source>
        <translation>家属共领取</translation>
    </message>
    <message>
        <source>Income base (year)</source>
        <translation>月人均可支配收入（年度）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): enter it in the parameter editor.</source>
        <translation>本地区参数包没有城镇居民人均可支配收入（urbanDisposableIncome）：请在参数编辑器中填写。</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorPanel</name>
    <message>
        <source>If the person dies, the family receives a funeral grant (丧葬补助金, 2 months) and a survivor pension (抚恤金: 3 to 24 months by contribution years; after retirement one month fewer per year drawn, at least 9) of the province&apos;s monthly urban per-capita disposable income of the year before death (人社部发〔2021〕18号), and inherits what remains in the personal account (国发〔2005〕38号). Nominal yuan, for a death in the birthday month.</source>
        <translation>参保人去世后，家属可领取丧葬补助金（2个月）和抚恤金（按缴费年限3至24个月；退休后每领取一年减少1个月，最少9个月），均按本省上一年度城镇居民月人均可支配收入计发（人社部发〔2021〕18号），并可继承个人账户余额（国发〔2005〕38号）。名义金额，按在生日当月去世计算。</translation>
    </message>
    <message>
        <source>The income base of every year shown is published.</source>
        <translation>所列各年度的人均可支配收入均为已公布数据。</translation>
    </message>
    <message>
        <source>The income base of every year shown is assumed: the last published figure grown by the wage-growth assumption (in brown).</source>
        <translation>所列各年度的人均可支配收入均为假设值：按最后公布的数据以假设的工资增长率推算（棕色）。</translation>
    </message>
    <message>
        <source>The income base is published up to %1; from %2 on it is assumed: the last published figure grown by the wage-growth assumption (in brown).</source>
        <translation>人均可支配收入%1年及以前为已公布数据；%2年起为假设值：按最后公布的数据以假设的工资增长率推算（棕色）。</translation>
    </message>
    <message>
        <source>The region&apos;s parameter pack has no urban per-capita disposable income, the base of the funeral grant and the survivor pension: they are not computed (unknown). Enter the figure in the parameter editor.</source>
        <translation>本地区参数包没有丧葬补助金和抚恤金的计发基数——城镇居民人均可支配收入，因此不计算这两项（未知）。请在参数编辑器中填写该数字。</translation>
    </message>
</context>
<context>
    <name>pension::gui::main</name>
    <message>
        <source>usage: pension-planner [--lang zh|en] [FILE.pension.json]</source>
        <translation>用法：pension-planner [--lang zh|en] [个案文件.pension.json]</translation>
    </message>
    <message>
        <source>The pension projection desktop program. Given a case file, it opens that case.</source>
        <translation>养老金测算桌面程序。给出个案文件时打开该个案。</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the interface language for this start</source>
        <translation>本次启动的界面语言</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
</context>
<context>
    <name>pension::report</name>
    <message>
        <source>Account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>Paid by the person, cumulative</source>
        <translation>个人累计缴费</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Basic pension estimate (企业职工基本养老保险 养老金测算单)</source>
        <translation>企业职工基本养老保险 养老金测算单</translation>
    </message>
    <message>
        <source>Region: %1 · Parameters: %2 · Calculated as of %3</source>
        <translation>地区：%1 · 参数：%2 · 计算日期：%3</translation>
    </message>
    <message>
        <source>Resident and record</source>
        <translation>参保人和缴费记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex / born / track</source>
        <translation>性别／出生年月／退休年龄类别</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>参保身份</translation>
    </message>
    <message>
        <source>Record as of</source>
        <translation>记录截至</translation>
    </message>
    <message>
        <source>Deemed / pre-account / account months</source>
        <translation>视同／建账前／建账后缴费月数</translation>
    </message>
    <message>
        <source>Average index / account balance</source>
        <translation>平均缴费指数／个人账户储存额</translation>
    </message>
    <message>
        <source>Contribution history</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>%1 years of records</source>
        <translation>%1年的缴费记录</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>no further contributions</source>
        <translation>不再缴费</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>%1 at %2 (statutory %3, window %4 … %5)</source>
        <translation>%1，%2（法定%3，弹性区间%4至%5）</translation>
    </message>
    <message>
        <source>Contribution months / minimum</source>
        <translation>缴费月数／最低要求</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Provisional (预发)</source>
        <translation>预发</translation>
    </message>
    <message>
        <source>%1 a month on the %2 base; back pay about %3</source>
        <translation>按%2年计发基数每月%1；补发约%3</translation>
    </message>
    <message>
        <source>How each figure is calculated</source>
        <translation>各项数据的计算过程</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>算式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Notes and assumptions</source>
        <translation>说明和假设</translation>
    </message>
    <message>
        <source>Account balance and payments</source>
        <translation>个人账户储存额和缴费</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>逐年明细</translation>
    </message>
    <message>
        <source>This is an estimate. The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>本结果为测算，以经办机构核定为准。</translation>
    </message>
    <message>
        <source>Clerk: %1    Date: %2</source>
        <translation>经办人：%1    日期：%2</translation>
    </message>
    <message>
        <source>Basic pension estimate</source>
        <translation>养老金测算单</translation>
    </message>
    <message>
        <source>flexible worker (pays %1)</source>
        <translation>灵活就业人员（缴%1）</translation>
    </message>
    <message>
        <source>employee (pays %1)</source>
        <translation>企业职工（个人缴%1）</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1至%2，按%3档次</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months.</source>
        <translation>✘ %1起不能领取养老金：距最低缴费%3个月还差%2个月。</translation>
    </message>
    <message>
        <source>Paying on as a flexible worker until %1 (about %2 yuan), the pension is %3 yuan a month from %4.</source>
        <translation>以灵活就业人员身份延长缴费至%1（约%2元）后，自%4起每月养老金%3元。</translation>
    </message>
    <message>
        <source>Paying on as a flexible worker until %1 (about %2 yuan) is needed.</source>
        <translation>须以灵活就业人员身份延长缴费至%1（约%2元）。</translation>
    </message>
    <message>
        <source>Monthly pension if the minimum were met (not paid)</source>
        <translation>满足最低年限时的月养老金（不发放）</translation>
    </message>
    <message>
        <source>✘ on red: short of the minimum contribution period; that pension is not paid at that retirement month.</source>
        <translation>红底✘：未达最低缴费年限；该退休时间不发放该养老金。</translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1岁%2个月</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>缴到退休</translation>
    </message>
    <message>
        <source>Grade, paying</source>
        <translation>档次、缴费期限</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Paid from now</source>
        <translation>今后个人缴费</translation>
    </message>
    <message>
        <source>Break-even age</source>
        <translation>回本年龄</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未回本</translation>
    </message>
    <message>
        <source>Monthly vs plan 1</source>
        <translation>月养老金比方案1</translation>
    </message>
    <message>
        <source>Paid vs plan 1</source>
        <translation>个人缴费比方案1</translation>
    </message>
    <message>
        <source>Break-even age vs plan 1</source>
        <translation>回本年龄比方案1</translation>
    </message>
    <message>
        <source>Plans compared side by side</source>
        <translation>方案对比（并列）</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>方案%1</translation>
    </message>
    <message>
        <source>Plan %1 cannot be estimated: %2</source>
        <translation>方案%1无法测算：%2</translation>
    </message>
    <message>
        <source>Every grade and length of payment (monthly pension / paid by the person)</source>
        <translation>各档次、各缴费年限一览（月养老金 / 个人缴费）</translation>
    </message>
</context>
<context>
    <name>pension::safefile</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>数据未能写入</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>文件未能打开</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>pension::storage::CaseLibrary</name>
    <message>
        <source>The case library cannot be opened: %1</source>
        <translation>无法打开个案库：%1</translation>
    </message>
    <message>
        <source>The case library %1 is damaged. Restore the newest backup, or move the file away to start an empty library.</source>
        <translation>个案库%1已损坏。请恢复最新的备份，或将该文件移走后新建空的个案库。</translation>
    </message>
    <message>
        <source>The case library was written by a newer version of the program (schema %1).</source>
        <translation>个案库由更新版本的程序写入（结构版本%1）。</translation>
    </message>
    <message>
        <source>Upgrading the case library from schema %1 failed: %2</source>
        <translation>个案库从结构版本%1升级失败：%2</translation>
    </message>
    <message>
        <source>There is no backup of the case library.</source>
        <translation>个案库没有备份。</translation>
    </message>
    <message>
        <source>Copying the backup %1 failed.</source>
        <translation>复制备份%1失败。</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0字节）</translation>
    </message>
    <message>
        <source>the file is not a case library or is cut short</source>
        <translation>文件不是个案库，或已被截断</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>it fails its integrity check (%1)</source>
        <translation>未通过完整性检查（%1）</translation>
    </message>
    <message>
        <source>it holds no case table</source>
        <translation>其中没有个案表</translation>
    </message>
    <message>
        <source>The case library %1 is in use by another window of the program: it is open read-only here.</source>
        <translation>个案库%1正被本程序的另一个窗口使用：在这里以只读方式打开。</translation>
    </message>
    <message>
        <source>The case library %1 cannot be written (read-only file or folder).</source>
        <translation>个案库%1无法写入（文件或文件夹为只读）。</translation>
    </message>
    <message>
        <source>The case library %1 is damaged (%2). Restore a backup, or move the file away to start an empty library.</source>
        <translation>个案库%1已损坏（%2）。请恢复一个备份，或将该文件移走以新建空的个案库。</translation>
    </message>
    <message>
        <source>the database did not accept the write</source>
        <translation>数据库未接受写入</translation>
    </message>
    <message>
        <source>The case library is not open.</source>
        <translation>个案库未打开。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created: %2</source>
        <translation>无法创建备份%1：%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>备份%1未能写入：%2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2) and was removed.</source>
        <translation>备份%1未通过检查（%2），已删除。</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>备份%1未能放到位。</translation>
    </message>
    <message>
        <source>The backup %1 is not restored: %2.</source>
        <translation>未恢复备份%1：%2。</translation>
    </message>
    <message>
        <source>The damaged library %1 cannot be moved aside.</source>
        <translation>无法将损坏的个案库%1移到一旁。</translation>
    </message>
    <message>
        <source>No backup of the case library passes its check: %1</source>
        <translation>个案库没有一个备份通过检查：%1</translation>
    </message>
</context>
<context>
    <name>pension::texts</name>
    <message>
        <source>The %1 pension base (%2) is used provisionally (预发) until the retirement year&apos;s base is published (%3); the difference is paid back then: about %4 yuan.</source>
        <translation>退休当年计发基数公布（%3）前，按%1年计发基数（%2）预发；公布后补发差额，约%4元。</translation>
    </message>
    <message>
        <source>Average wages for %1 are not published: projected with %2% yearly growth (an assumption).</source>
        <translation>%1年社会平均工资尚未公布：按每年增长%2%推算（假设）。</translation>
    </message>
    <message>
        <source>The %1 account interest rate is provisional, not yet officially published.</source>
        <translation>%1年记账利率为暂定值，尚未正式公布。</translation>
    </message>
    <message>
        <source>Some figures of the parameter pack used here are assumptions (%1); see the year table.</source>
        <translation>所用参数包中部分数据为假设值（%1），详见逐年明细。</translation>
    </message>
    <message>
        <source>Short of the minimum contribution period by %1 months: paying on, the minimum is reached in %2, costing about %3 yuan at the plan&apos;s grade.</source>
        <translation>距最低缴费年限还差%1个月：继续缴费，可于%2达到，按方案档次约需%3元。</translation>
    </message>
    <message>
        <source>Early retirement needs the minimum of %1 contribution months at the chosen date.</source>
        <translation>弹性提前退休须在所选时间已缴满最低%1个月。</translation>
    </message>
    <message>
        <source>Retiring after the statutory month (%1) needs the employer&apos;s written agreement.</source>
        <translation>晚于法定退休时间（%1）退休，须经用人单位书面同意。</translation>
    </message>
    <message>
        <source>Retirement in %1 relies on special-type work or illness; the rule after 2025 was not found, check with the agency.</source>
        <translation>%1退休须以特殊工种或病退为由；未查到2025年以后的规定，请向经办机构确认。</translation>
    </message>
    <message>
        <source>Region data note: %1</source>
        <translation>地区数据说明：%1</translation>
    </message>
    <message>
        <source>%1 is fixed by the case at %2.</source>
        <translation>%1由个案指定为%2。</translation>
    </message>
    <message>
        <source>The statement balance of %1 is treated as the year&apos;s opening balance for interest.</source>
        <translation>%1权益记录单上的账户余额按当年年初余额计息。</translation>
    </message>
    <message>
        <source>No deemed or pre-account years: no transitional pension.</source>
        <translation>没有视同缴费年限和建账前缴费年限：无过渡性养老金。</translation>
    </message>
    <message>
        <source>The statement does not list past payments: about %1 yuan is estimated from its index and months.</source>
        <translation>权益记录单未列出以往个人缴费：按缴费指数和月数估算约%1元。</translation>
    </message>
    <message>
        <source>Offers to pay all missing years at once later to add contribution years are fraud: years cannot be bought afterwards. Only people insured before 2011-07-01 who are still short after five years of paying on may pay the rest at once (人社部令第13号).</source>
        <translation>声称日后可“一次性补缴”增加缴费年限的都是骗局：缴费年限不能事后购买。只有2011年7月1日前参保、延长缴费五年后仍不足的人员，才可一次性缴纳剩余年限（人社部令第13号）。</translation>
    </message>
    <message>
        <source>Retirement month and age</source>
        <translation>退休时间和年龄</translation>
    </message>
    <message>
        <source>Minimum contribution months</source>
        <translation>最低缴费月数</translation>
    </message>
    <message>
        <source>Contribution months (deemed + pre-account + account)</source>
        <translation>缴费月数（视同＋建账前＋建账后）</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>缴费年限</translation>
    </message>
    <message>
        <source>Deemed and pre-account years</source>
        <translation>视同缴费年限和建账前缴费年限</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>Pension base</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>Indexed average wage</source>
        <translation>指数化月平均缴费工资</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>基础养老金</translation>
    </message>
    <message>
        <source>Personal account balance at retirement</source>
        <translation>退休时个人账户储存额</translation>
    </message>
    <message>
        <source>Annuity months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>Personal account pension</source>
        <translation>个人账户养老金</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>过渡性养老金</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>月养老金</translation>
    </message>
    <message>
        <source>Provisional monthly pension</source>
        <translation>预发月养老金</translation>
    </message>
    <message>
        <source>Back pay after publication</source>
        <translation>公布后补发</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>个案文件</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>缺少；应为%1</translation>
    </message>
    <message>
        <source>wrong type; expected %1</source>
        <translation>类型不对；应为%1</translation>
    </message>
    <message>
        <source>bad format; expected %1</source>
        <translation>格式不对；应为%1</translation>
    </message>
    <message>
        <source>out of range; allowed %1</source>
        <translation>超出范围；允许%1</translation>
    </message>
    <message>
        <source>not allowed; one of %1</source>
        <translation>不允许；应为以下之一：%1</translation>
    </message>
    <message>
        <source>inconsistent; must be %1</source>
        <translation>前后矛盾；应%1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的JSON（%1）</translation>
    </message>
    <message>
        <source>an ID number has 18 characters</source>
        <translation>身份证号应为18位</translation>
    </message>
    <message>
        <source>wrong check digit; it should be %1</source>
        <translation>校验码不对，应为%1</translation>
    </message>
    <message>
        <source>birth date disagrees with %1</source>
        <translation>出生日期与%1不一致</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation>（输入为“%1”）</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>权益记录单</translation>
    </message>
    <message>
        <source>history</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>断缴</translation>
    </message>
    <message>
        <source>format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>region</source>
        <translation>参保地区</translation>
    </message>
    <message>
        <source>record as of</source>
        <translation>记录截至</translation>
    </message>
    <message>
        <source>calculation date</source>
        <translation>计算日期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth month</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <source>retirement-age track</source>
        <translation>退休年龄类别</translation>
    </message>
    <message>
        <source>insurance kind</source>
        <translation>参保身份</translation>
    </message>
    <message>
        <source>first contribution</source>
        <translation>首次缴费时间</translation>
    </message>
    <message>
        <source>account start</source>
        <translation>个人账户建立时间</translation>
    </message>
    <message>
        <source>deemed months</source>
        <translation>视同缴费月数</translation>
    </message>
    <message>
        <source>months before the account</source>
        <translation>建账前实际缴费月数</translation>
    </message>
    <message>
        <source>months since the account began</source>
        <translation>建账后缴费月数</translation>
    </message>
    <message>
        <source>average contribution index</source>
        <translation>平均缴费指数</translation>
    </message>
    <message>
        <source>account balance</source>
        <translation>个人账户储存额</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>monthly base</source>
        <translation>月缴费基数</translation>
    </message>
    <message>
        <source>year total of bases</source>
        <translation>全年缴费基数</translation>
    </message>
    <message>
        <source>average wage</source>
        <translation>社会平均工资</translation>
    </message>
    <message>
        <source>credited to the account</source>
        <translation>计入个人账户</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>退休时间</translation>
    </message>
    <message>
        <source>retirement reason</source>
        <translation>退休原因</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>contribution grade</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>pension base</source>
        <translation>计发基数</translation>
    </message>
    <message>
        <source>annuity months</source>
        <translation>计发月数</translation>
    </message>
    <message>
        <source>transition rate</source>
        <translation>过渡系数</translation>
    </message>
    <message>
        <source>wage growth</source>
        <translation>工资增长率</translation>
    </message>
    <message>
        <source>account interest</source>
        <translation>记账利率</translation>
    </message>
    <message>
        <source>pension increase</source>
        <translation>养老金调整幅度</translation>
    </message>
    <message>
        <source>inflation</source>
        <translation>通胀率</translation>
    </message>
    <message>
        <source>months early</source>
        <translation>提前退休月数</translation>
    </message>
    <message>
        <source>months late</source>
        <translation>延迟退休月数</translation>
    </message>
    <message>
        <source>years to keep paying</source>
        <translation>继续缴费年数</translation>
    </message>
    <message>
        <source>Paid by the person (before the record, in it, from now)</source>
        <translation>个人累计缴费（记录前＋记录内＋今后）</translation>
    </message>
    <message>
        <source>Break-even: the pension received covers what was paid</source>
        <translation>回本（累计领取的养老金达到个人累计缴费）</translation>
    </message>
    <message>
        <source>Pension received to life expectancy</source>
        <translation>至预期寿命累计领取的养老金</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>丧葬补助金</translation>
    </message>
    <message>
        <source>Survivor pension (months by contribution years)</source>
        <translation>抚恤金（月数按缴费年限）</translation>
    </message>
    <message>
        <source>Inheritable account remainder</source>
        <translation>可继承的个人账户余额</translation>
    </message>
    <message>
        <source>Cost of paying on to the minimum</source>
        <translation>延长缴费至最低缴费年限需缴金额</translation>
    </message>
    <message>
        <source>This result uses figures edited on this computer (%1); the parameter editor shows which.</source>
        <translation>本结果使用了本机修改的参数（%1），具体见参数编辑器。</translation>
    </message>
    <message>
        <source>wrong check digit</source>
        <translation>校验码不对</translation>
    </message>
    <message>
        <source>given more than once; each field may appear only once</source>
        <translation>重复出现；每个字段只能出现一次</translation>
    </message>
    <message>
        <source>The %1 pension base is not published: %2 is projected from the %4 base with %3% yearly wage growth (an assumption).</source>
        <translation>%1年计发基数尚未公布：由%4年计发基数按每年工资增长%3%推算为%2（假设）。</translation>
    </message>
    <message>
        <source>No pension base is known for %1 or earlier: the %3 average wage, %2, stands in (the base&apos;s definition; an assumption).</source>
        <translation>%1年及以前的计发基数均未知：以%3年社会平均工资%2代替（按计发基数的定义；假设）。</translation>
    </message>
    <message>
        <source>The projected final pension (%3) is below the provisional one on the %1 base (%2): no back pay is shown; this comes from the growth assumption.</source>
        <translation>推算的正式养老金（%3）低于按%1年基数预发的养老金（%2）：不显示补发；这是增长率假设所致。</translation>
    </message>
    <message>
        <source>Account interest for %1 uses rates of the parameter pack that are assumptions (no published rate was found).</source>
        <translation>%1年个人账户记账利率采用参数包中的假设值（未查到公布的利率）。</translation>
    </message>
    <message>
        <source>Account interest for %1 is projected at %2% a year (an assumption).</source>
        <translation>%1年个人账户记账利率按每年%2%推算（假设）。</translation>
    </message>
    <message>
        <source>The account interest rate for %1 is not yet published on the calculation date: credited at the %2 rate of %3%, as the agency does until the rate is out, and corrected then.</source>
        <translation>计算日期时%1年记账利率尚未公布：按经办机构做法暂按%2年利率%3%记账，公布后再调整。</translation>
    </message>
    <message>
        <source>Interest at assumed rates adds %1 yuan to the account (%2 a month of pension); interest at provisional rates adds %3 yuan (%4 a month).</source>
        <translation>按假设利率计入账户的利息%1元（每月养老金%2元）；按暂定利率计入的利息%3元（每月%4元）。</translation>
    </message>
    <message>
        <source>This region&apos;s rules are not fully established, so the figures are approximate: %1</source>
        <translation>本地区计发规则尚未完全确认，结果为近似值：%1</translation>
    </message>
    <message>
        <source>City pension base (two-base rule)</source>
        <translation>市县计发基数（双基数规则）</translation>
    </message>
    <message>
        <source>Local item</source>
        <translation>地方项目</translation>
    </message>
    <message>
        <source>transitional: indexed wage × years × rate</source>
        <translation>过渡：指数化工资 × 年限 × 系数</translation>
    </message>
    <message>
        <source>transitional: (base + indexed wage) / 2 × years × rate</source>
        <translation>过渡：(计发基数 + 指数化工资) / 2 × 年限 × 系数</translation>
    </message>
    <message>
        <source>transitional: base × transition index × years × rate</source>
        <translation>过渡：计发基数 × 过渡性指数 × 年限 × 系数</translation>
    </message>
    <message>
        <source>transitional: base × max(index, 1) × years × rate</source>
        <translation>过渡：计发基数 × max(指数, 1) × 年限 × 系数</translation>
    </message>
    <message>
        <source>transitional: base × deemed years × rate + indexed wage × paid years to 1998-06 × rate</source>
        <translation>过渡：计发基数 × 视同年限 × 系数 + 指数化工资 × 1998年6月前实际缴费年限 × 系数</translation>
    </message>
    <message>
        <source>years counted: deemed and before the account</source>
        <translation>计算年限：视同及建账前</translation>
    </message>
    <message>
        <source>years counted: deemed only</source>
        <translation>计算年限：仅视同</translation>
    </message>
    <message>
        <source>years counted: as printed on the statement</source>
        <translation>计算年限：按核定表所列</translation>
    </message>
    <message>
        <source>years to 2 decimals, half up</source>
        <translation>年限四舍五入保留2位小数</translation>
    </message>
    <message>
        <source>years to 4 decimals, half up</source>
        <translation>年限四舍五入保留4位小数</translation>
    </message>
    <message>
        <source>years not rounded</source>
        <translation>年限不取整</translation>
    </message>
    <message>
        <source>years rounded up to 1 decimal</source>
        <translation>年限保留1位小数只进不退</translation>
    </message>
    <message>
        <source>years rounded up to 2 decimals</source>
        <translation>年限保留2位小数只进不退</translation>
    </message>
    <message>
        <source>years rounded up to the half year</source>
        <translation>年限半段进整</translation>
    </message>
    <message>
        <source>years cut to 2 decimals</source>
        <translation>年限截取2位小数</translation>
    </message>
    <message>
        <source>index to 2 decimals, half up</source>
        <translation>指数四舍五入保留2位小数</translation>
    </message>
    <message>
        <source>index to 3 decimals, half up</source>
        <translation>指数四舍五入保留3位小数</translation>
    </message>
    <message>
        <source>index to 4 decimals, half up</source>
        <translation>指数四舍五入保留4位小数</translation>
    </message>
    <message>
        <source>indexed wage to the fen</source>
        <translation>指数化工资四舍五入到分</translation>
    </message>
    <message>
        <source>indexed wage not rounded</source>
        <translation>指数化工资不取整</translation>
    </message>
    <message>
        <source>amount to the fen, half up</source>
        <translation>金额四舍五入到分</translation>
    </message>
    <message>
        <source>amount rounded up to the jiao</source>
        <translation>金额见分进角</translation>
    </message>
    <message>
        <source>amount to the jiao, half up</source>
        <translation>金额四舍五入到角</translation>
    </message>
    <message>
        <source>basic: (base + indexed wage) / 2 × years × 1%</source>
        <translation>基础：(计发基数 + 指数化工资) / 2 × 年限 × 1%</translation>
    </message>
    <message>
        <source>basic: (provincial base + city base × index) / 2 × years × 1%</source>
        <translation>基础：(全省基数 + 市县基数 × 指数) / 2 × 年限 × 1%</translation>
    </message>
    <message>
        <source>basic: (city base + provincial base × index) / 2 × years × 1%</source>
        <translation>基础：(市县基数 + 全省基数 × 指数) / 2 × 年限 × 1%</translation>
    </message>
    <message>
        <source>basic: (base × index / 0.6 + indexed wage) / 2 × years × 1% below an index of 0.6</source>
        <translation>基础：指数低于0.6时 (计发基数 × 指数 / 0.6 + 指数化工资) / 2 × 年限 × 1%</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>a share of the basic pension</source>
        <translation>按基础养老金的比例</translation>
    </message>
    <message>
        <source>a share of the indexed wage per contribution year</source>
        <translation>按每个缴费年度指数化月平均缴费工资的比例</translation>
    </message>
    <message>
        <source>the amount printed on the sheet</source>
        <translation>按核定表所列金额</translation>
    </message>
    <message>
        <source>counted in the total</source>
        <translation>计入合计</translation>
    </message>
    <message>
        <source>transition index</source>
        <translation>过渡性指数</translation>
    </message>
    <message>
        <source>transition months</source>
        <translation>过渡性年限月数</translation>
    </message>
    <message>
        <source>paid months to 1998-06</source>
        <translation>至1998年6月的实际缴费月数</translation>
    </message>
    <message>
        <source>city pension base</source>
        <translation>市县计发基数</translation>
    </message>
    <message>
        <source>index: the mean over the months paid</source>
        <translation>指数：按缴费月份平均</translation>
    </message>
    <message>
        <source>index: the mean of the yearly indices (before the account 1.0, or at least 1.2 in 1993–1995)</source>
        <translation>指数：按年度指数平均（建账前按1.0，1993–1995年不低于1.2）</translation>
    </message>
    <message>
        <source>The city&apos;s pension base is known to %1 (%2); for %3 it is grown with the province&apos;s projected base to %4 (assumed).</source>
        <translation>本市计发基数已知至%1年（%2）；%3年按全省计发基数的推算同比增长为%4（假设值）。</translation>
    </message>
    <message>
        <source>%1 is printed on the benefit sheet and not known before it: it is left out of the total.</source>
        <translation>%1在核定表上才给出，核定前无法得知：未计入合计。</translation>
    </message>
    <message>
        <source>not known before the benefit sheet (left out of the total)</source>
        <translation>核定表上才有，核定前不详（未计入合计）</translation>
    </message>
    <message>
        <source>in the total</source>
        <translation>计入合计</translation>
    </message>
    <message>
        <source>shown apart</source>
        <translation>单列</translation>
    </message>
    <message>
        <source>the average wage contribution indices divide by</source>
        <translation>缴费指数所除的社会平均工资（缴费指数分母）</translation>
    </message>
    <message>
        <source>average wage for contribution bases</source>
        <translation>核定缴费基数的平均工资</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2元</translation>
    </message>
    <message>
        <source>%1–%2 yuan a month</source>
        <translation>每月%1–%2元</translation>
    </message>
    <message>
        <source>%1–%2 in whole or half months</source>
        <translation>%1–%2个月（可有半月）</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2个月</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2年</translation>
    </message>
    <message>
        <source>%1–%2 (%3–%4 of the average wage)</source>
        <translation>%1–%2（社会平均工资的%3–%4）</translation>
    </message>
    <message>
        <source>%1–%2 (a yearly fraction, 0.03 = 3%)</source>
        <translation>%1–%2（年比率，0.03即3%）</translation>
    </message>
    <message>
        <source>%1–%2 (a fraction, 0.013 = 1.3%)</source>
        <translation>%1–%2（比率，0.013即1.3%）</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>最多%1字节</translation>
    </message>
    <message>
        <source>at most %1 months</source>
        <translation>最多%1个月</translation>
    </message>
    <message>
        <source>at most %1 rows</source>
        <translation>最多%1行</translation>
    </message>
    <message>
        <source>at most %1 periods</source>
        <translation>最多%1个时段</translation>
    </message>
    <message>
        <source>at most %1 plans (grades × payment lengths × retirement choices)</source>
        <translation>最多%1个方案（档次数×缴费年数×退休选择数）</translation>
    </message>
    <message>
        <source>at most %1 levels</source>
        <translation>最多%1层</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过%1</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM格式的年月</translation>
    </message>
    <message>
        <source>YYYY-MM or &quot;retirement&quot;</source>
        <translation>YYYY-MM格式的年月或&quot;retirement&quot;</translation>
    </message>
    <message>
        <source>a region id such as shandong or hebei/leting</source>
        <translation>地区代码，如shandong或hebei/leting</translation>
    </message>
    <message>
        <source>an item id of the region&apos;s pack (a-z, 0-9, -)</source>
        <translation>该地区参数包中的项目代码（小写字母、数字和“-”）</translation>
    </message>
    <message>
        <source>&quot;statutory&quot;, a month YYYY-MM, {&quot;earlyMonths&quot;: N} or {&quot;lateMonths&quot;: N}</source>
        <translation>&quot;statutory&quot;、年月YYYY-MM、{&quot;earlyMonths&quot;: N}或{&quot;lateMonths&quot;: N}</translation>
    </message>
    <message>
        <source>statutory, earlyN, lateN (N ≤ 36) or YYYY-MM</source>
        <translation>statutory、earlyN、lateN（N ≤ 36）或YYYY-MM</translation>
    </message>
    <message>
        <source>grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12</source>
        <translation>用逗号分隔的“档次[:年数[:退休]]”，如0.6,1.0:10,3.0::late12</translation>
    </message>
    <message>
        <source>17 digits and a check digit 0–9 or X</source>
        <translation>17位数字加一位校验码（0–9或X）</translation>
    </message>
    <message>
        <source>a valid birth date in characters 7–14</source>
        <translation>第7–14位为有效的出生日期</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象（{…}）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字（字符串）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an array of {year, months, monthlyBase}</source>
        <translation>由{year, months, monthlyBase}组成的数组</translation>
    </message>
    <message>
        <source>an object {year, months, monthlyBase}</source>
        <translation>对象{year, months, monthlyBase}</translation>
    </message>
    <message>
        <source>an array of {from, until, grade, kind}</source>
        <translation>由{from, until, grade, kind}组成的数组</translation>
    </message>
    <message>
        <source>an object {from, until, grade, kind}</source>
        <translation>对象{from, until, grade, kind}</translation>
    </message>
    <message>
        <source>a CSV header line</source>
        <translation>CSV表头行</translation>
    </message>
    <message>
        <source>a first line naming the columns (docs/batch.md)</source>
        <translation>列出各列名称的首行（见docs/batch.md）</translation>
    </message>
    <message>
        <source>UTF-8 or GBK text</source>
        <translation>UTF-8或GBK编码的文本</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>超出范围的数</translation>
    </message>
    <message>
        <source>an amount in yuan</source>
        <translation>以元为单位的金额</translation>
    </message>
    <message>
        <source>a year YYYY</source>
        <translation>YYYY格式的年份</translation>
    </message>
    <message>
        <source>employee or flexible worker</source>
        <translation>企业职工或灵活就业人员</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>早于%1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>晚于%1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>不晚于%1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>不早于%1</translation>
    </message>
    <message>
        <source>before %1 (%2)</source>
        <translation>早于%1（%2）</translation>
    </message>
    <message>
        <source>after %1 (%2)</source>
        <translation>晚于%1（%2）</translation>
    </message>
    <message>
        <source>on or before %1 (%2)</source>
        <translation>不晚于%1（%2）</translation>
    </message>
    <message>
        <source>on or after %1 (%2)</source>
        <translation>不早于%1（%2）</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1或以后</translation>
    </message>
    <message>
        <source>at least one row</source>
        <translation>至少一行</translation>
    </message>
    <message>
        <source>at least one plan</source>
        <translation>至少一个方案</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>exactly one of %1</source>
        <translation>%1中恰好一项</translation>
    </message>
    <message>
        <source>only one of %1</source>
        <translation>%1中只能有一项</translation>
    </message>
    <message>
        <source>%1 for a man</source>
        <translation>%1（男性）</translation>
    </message>
    <message>
        <source>%1 for a woman</source>
        <translation>%1（女性）</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>at age %1 or later</source>
        <translation>年满%1岁或以后</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第%1行第%2列</translation>
    </message>
    <message>
        <source>as the region&apos;s rule needs (%1)</source>
        <translation>该地区计发规则所需（%1）</translation>
    </message>
    <message>
        <source>as the region&apos;s rule needs (%1; %2)</source>
        <translation>该地区计发规则所需（%1；%2）</translation>
    </message>
    <message>
        <source>a column named %1</source>
        <translation>名为%1的列</translation>
    </message>
    <message>
        <source>each column once</source>
        <translation>每列只出现一次</translation>
    </message>
    <message>
        <source>%1 fields like the header</source>
        <translation>与表头一致的%1个字段</translation>
    </message>
    <message>
        <source>years in increasing order, each once</source>
        <translation>年份递增且不重复</translation>
    </message>
    <message>
        <source>months must fit in the year</source>
        <translation>月数不超出当年</translation>
    </message>
    <message>
        <source>given in %1 with a record</source>
        <translation>有record时在%1中给出</translation>
    </message>
    <message>
        <source>the tracks of the case&apos;s region (male-60, female-55, female-50 and the region&apos;s own)</source>
        <translation>该参保地区的退休年龄类别（male-60、female-55、female-50及该地区自有的类别）</translation>
    </message>
    <message>
        <source>%1 in whole numbers</source>
        <translation>%1，取整数</translation>
    </message>
    <message>
        <source>%1 with at most one decimal</source>
        <translation>%1，最多一位小数</translation>
    </message>
    <message>
        <source>%1 with at most %2 decimals</source>
        <translation>%1，最多%2位小数</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>类型不对</translation>
    </message>
    <message>
        <source>wrong type; expected a number %1</source>
        <translation>类型不对；应为数值%1</translation>
    </message>
    <message>
        <source>nested too deep; %1</source>
        <translation>嵌套过深；%1</translation>
    </message>
    <message>
        <source>Σ(yearly index)</source>
        <translation>Σ(年度缴费指数)</translation>
    </message>
    <message>
        <source>Σ(base / average)</source>
        <translation>Σ(缴费基数 / 社会平均工资)</translation>
    </message>
    <message>
        <source>Retiring after the statutory month (%1): apply at the social insurance agency; with an employer, its written agreement is needed.</source>
        <translation>在法定退休月份（%1）之后退休：向社会保险经办机构申请；有用人单位的，需单位书面同意。</translation>
    </message>
    <message>
        <source>The record is dated %1, %3 months before the calculation date %2: what was paid since is not in it; a newer statement gives a surer figure.</source>
        <translation>记录截至%1，比计算日期%2早%3个月：此后的缴费未包含在内；用较新的权益记录单测算更可靠。</translation>
    </message>
    <message>
        <source>The retirement month %1 lies before the calculation date %2, after the record: the figures assume the plan was followed until then.</source>
        <translation>退休时间%1早于计算日期%2、晚于记录日期：结果假定此前按方案缴费。</translation>
    </message>
    <message>
        <source>The plan pays %3 months from %1 to %2, already gone and not in the record (%4): whether they were paid is not known.</source>
        <translation>方案中%1至%2的%3个月已经过去且不在记录内（%4）：是否已缴不详。</translation>
    </message>
    <message>
        <source>%1 contribution months, but only %2 months lie between the 16th birthday and the record&apos;s date (age %3): check the months and the birth month.</source>
        <translation>缴费%1个月，但从16周岁到记录日期只有%2个月（%3岁）：请核对月数和出生年月。</translation>
    </message>
    <message>
        <source>%1: a monthly base of %2 yuan is index %4 of the average %3 yuan, above the ceiling of %5 yuan (300%) (%6).</source>
        <translation>%1年：月缴费基数%2元为平均工资%3元的%4倍，高于缴费基数上限%5元（300%）（%6）。</translation>
    </message>
    <message>
        <source>%1: the monthly base of %2 yuan reads like the year&apos;s total of %3 months (%4 yuan a month); if so, enter it as the year&apos;s total (%5).</source>
        <translation>%1年：月缴费基数%2元像是%3个月的全年合计（每月%4元）；如是，请填入全年缴费基数（%5）。</translation>
    </message>
    <message>
        <source>An average index of %1 is above 3.0: possible only for years paid in a province with higher wages than the retirement place (accepted up to %2); check the statement.</source>
        <translation>平均缴费指数%1高于3.0：仅当曾在工资水平高于退休地的省份缴费时才可能（最高接受%2）；请核对权益记录单。</translation>
    </message>
    <message>
        <source>an array of at most 4 plans {grade, stopAfterYears, retire}</source>
        <translation>最多4个方案的数组{grade, stopAfterYears, retire}</translation>
    </message>
    <message>
        <source>an object {grade, stopAfterYears, retire}</source>
        <translation>对象{grade, stopAfterYears, retire}</translation>
    </message>
    <message>
        <source>This person began work before the personal account: the region pays the higher of the new method and its old method (%1), which needs the old method&apos;s average index from the benefit sheet (record.oldMethodIndex). Without it only the new method is shown; the pension may be higher.</source>
        <translation>此人在建立个人账户前参加工作：本地区按新办法与原办法（%1）比较取高，原办法需要核定表上的原办法平均缴费工资指数（record.oldMethodIndex）。未给出时只显示新办法结果，实际养老金可能更高。</translation>
    </message>
    <message>
        <source>Old-method pension (原办法)</source>
        <translation>原办法养老金</translation>
    </message>
    <message>
        <source>New and old method compared: the higher, at most the indexed wage</source>
        <translation>新原办法比较：取高者，且不超过本人指数化月平均工资</translation>
    </message>
    <message>
        <source>a share of the basic, account and transitional pensions together</source>
        <translation>基础、个人账户和过渡性养老金合计的一定比例</translation>
    </message>
    <message>
        <source>a share of the indexed wage by the years counted</source>
        <translation>按计算年限分档的指数化月平均工资比例</translation>
    </message>
    <message>
        <source>a fixed amount per year counted</source>
        <translation>按计算年限每年固定金额</translation>
    </message>
    <message>
        <source>the old method&apos;s amount above the new method (or the cap&apos;s cut)</source>
        <translation>原办法高出新办法的部分（或封顶扣减）</translation>
    </message>
    <message>
        <source>no old-method comparison</source>
        <translation>不与原办法比较</translation>
    </message>
    <message>
        <source>the higher of the new method and the old method of 2010, at most the indexed wage</source>
        <translation>新办法与2010年锁定的原办法比较取高，且不超过本人指数化月平均工资</translation>
    </message>
    <message>
        <source>old method&apos;s average index</source>
        <translation>原办法平均缴费工资指数</translation>
    </message>
    <message>
        <source>claimed local items</source>
        <translation>本人符合条件的地方待遇</translation>
    </message>
    <message>
        <source>The pension after paying on to the minimum</source>
        <translation>延长缴费至最低缴费年限后的养老金</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>a refused parameter pack: file, key path in the pack, reason</extracomment>
        <translation>%1 中的“%2”：%3</translation>
    </message>
    <message>
        <source>indexed wage from the statement</source>
        <translation>指数化月平均缴费工资取自核定表</translation>
    </message>
    <message>
        <source>index derived: the statement&apos;s indexed wage / base</source>
        <translation>指数由核定表的指数化月平均缴费工资 ÷ 计发基数推得</translation>
    </message>
    <message>
        <source>indexed monthly wage</source>
        <translation>指数化月平均缴费工资</translation>
    </message>
    <message>
        <source>%1 × the pension base within rounding (%2)</source>
        <translation>%1 × 计发基数，相差不超过舍入（%2）</translation>
    </message>
    <message>
        <source>index to 5 decimals, half up</source>
        <translation>指数四舍五入保留5位小数</translation>
    </message>
    <message>
        <source>%1 is not given (the benefit sheet prints it): %2 is used instead, so the transitional pension and its adjustment are approximate for this person.</source>
        <translation>未填写%1（核定表上有此项）：暂按%2计算，因此本人的过渡性养老金及其调整额为近似值。</translation>
    </message>
    <message>
        <source>New-method transitional pension (compared for the adjustment)</source>
        <translation>新办法过渡性养老金（用于计算调整额）</translation>
    </message>
    <message>
        <source>transitional (Guangdong): deemed account / 120 + 4 yuan a whole year + 100; new method base × (deemed index × deemed months + index sum to 1998-06) / 12 × rate</source>
        <translation>过渡性（广东）：视同缴费账户额 / 120 + 每满一年4元 + 100；新办法 计发基数 × (视同缴费指数 × 视同月数 + 1998年6月前实际缴费指数和) / 12 × 系数</translation>
    </message>
    <message>
        <source>transitional (Shenzhen): old indexed wage × share + 4 yuan a whole year + 100; new method base × index to 1998-06 × years × rate</source>
        <translation>过渡性（深圳）：老指数化月平均缴费工资 × 享受比例 + 每满一年4元 + 100；新办法 计发基数 × 1998年6月前平均缴费指数 × 年限 × 系数</translation>
    </message>
    <message>
        <source>(new method − old method − year allowance) × the share paid in the retirement year</source>
        <translation>(新办法 − 原办法 − 缴费年限津贴) × 退休当年的发放比例</translation>
    </message>
    <message>
        <source>years of the item × average index × amount + fixed part</source>
        <translation>该项年限 × 平均缴费指数 × 标准 + 固定额</translation>
    </message>
    <message>
        <source>deemed account</source>
        <translation>视同缴费账户额</translation>
    </message>
    <message>
        <source>deemed index</source>
        <translation>视同缴费指数</translation>
    </message>
    <message>
        <source>index sum 1994-01 to 1998-06</source>
        <translation>1994年1月至1998年6月实际缴费指数和</translation>
    </message>
    <message>
        <source>old indexed wage</source>
        <translation>老指数化月平均缴费工资</translation>
    </message>
    <message>
        <source>old-method share</source>
        <translation>原办法享受比例</translation>
    </message>
    <message>
        <source>whole years, the part year cut</source>
        <translation>整年计算，不足一年舍去</translation>
    </message>
    <message>
        <source>one transition rate for everyone</source>
        <translation>过渡系数统一</translation>
    </message>
    <message>
        <source>the second transition rate below 20 actual contribution years</source>
        <translation>实际缴费年限不满20年者适用第二过渡系数</translation>
    </message>
    <message>
        <source>(base + indexed wage) / 2 × a rate per contribution year in each band of years</source>
        <translation>(基数 + 指数化工资) / 2 × 各年限段每年比例</translation>
    </message>
    <message>
        <source>actual contribution years</source>
        <translation>实际缴费年限</translation>
    </message>
    <message>
        <source>Round-up of the total</source>
        <translation>合计进整补足</translation>
    </message>
    <message>
        <source>total: the sum of the parts to the fen</source>
        <translation>合计：各项按分相加</translation>
    </message>
    <message>
        <source>total: any fen rounded up to the next jiao (见分进角)</source>
        <translation>合计：见分进角</translation>
    </message>
    <message>
        <source>total: rounded up to the whole yuan</source>
        <translation>合计：进整到元</translation>
    </message>
    <message>
        <source>Round-up to the yuan</source>
        <translation>进整到元补足</translation>
    </message>
    <message>
        <source>Round-up to the jiao (见分进角补足)</source>
        <translation>见分进角补足</translation>
    </message>
    <message>
        <source>a fixed part plus an amount per index point and contribution year</source>
        <translation>定额加上按平均缴费工资指数和缴费年限计算的金额</translation>
    </message>
    <message>
        <source>rounded up to the fen</source>
        <translation>见厘进分</translation>
    </message>
    <message>
        <source>Transitional pension paid (old method + share of the new)</source>
        <translation>实发过渡性养老金（原办法＋新办法差额的发放比例）</translation>
    </message>
    <message>
        <source>transitional: no phase-in</source>
        <translation>过渡性养老金：不分年过渡</translation>
    </message>
    <message>
        <source>transitional: old method + share of (new − old), old method if higher</source>
        <translation>过渡性养老金：原办法＋(新办法−原办法)×发放比例，原办法较高时按原办法</translation>
    </message>
    <message>
        <source>transitional: old method + share of (new − old) rounded up to the jiao, old method if higher</source>
        <translation>过渡性养老金：原办法＋(新办法−原办法)×发放比例（见分进角），原办法较高时按原办法</translation>
    </message>
    <message>
        <source>old-method transitional pension</source>
        <translation>原办法过渡性养老金</translation>
    </message>
    <message>
        <source>This person has years before the personal account: the region pays the old method&apos;s transitional pension plus what the new method adds, rounded up to the jiao (%1), which needs the old-method amount from the benefit sheet (record.oldMethodTransitional). Without it the new method is shown; the transitional pension may be up to 0.09 yuan higher (more only where the old method is the higher, which no sheet seen shows).</source>
        <translation>此人有建立个人账户前的年限：本地区按原办法过渡性养老金加上新办法高出部分（见分进角）计发（%1），需要核定表上的原办法金额（record.oldMethodTransitional）。未填写时按新办法显示，过渡性养老金可能最多高出0.09元（仅在原办法更高时差额更大，已见核定表中没有这种情况）。</translation>
    </message>
    <message>
        <source>This person paid before 1998: the region&apos;s transitional pension adds the 1993–1997 notional credits (虚账实记) / 120 (%1), a figure of the benefit sheet or the account statement (record.notionalCredits). Without it that part is 0; the pension may be higher.</source>
        <translation>此人1998年以前有缴费：本地区过渡性养老金另加1993–1997年虚账实记总额÷120（%1），该数字见核定表或个人账户对账单（record.notionalCredits）。未填写时这部分按0计算，养老金可能更高。</translation>
    </message>
    <message>
        <source>basic: (base + indexed wage) / 2 × (whole years × 1% + remaining months × 0.083%)</source>
        <translation>基础：(计发基数 + 指数化工资) / 2 × (整年数 × 1% + 零头月数 × 0.083%)</translation>
    </message>
    <message>
        <source>transitional: base × 1.0 × service to 1992 × coefficient + 1993–1997 notional credits / 120</source>
        <translation>过渡：计发基数 × 1.0 × 1992年底前连续工龄 × 系数 + 1993–1997年虚账实记总额 / 120</translation>
    </message>
    <message>
        <source>1993–1997 notional credits</source>
        <translation>1993–1997年虚账实记总额</translation>
    </message>
</context>
</TS>
