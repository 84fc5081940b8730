<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <source>Retirement-age track</source>
        <translation>Retirement-age track</translation>
    </message>
    <message>
        <source>Insured as</source>
        <translation>Insured as</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Record as of</source>
        <translation>Record as of</translation>
    </message>
    <message>
        <source>Deemed months</source>
        <translation>Deemed months</translation>
    </message>
    <message>
        <source>Months paid before the account</source>
        <translation>Months paid before the account</translation>
    </message>
    <message>
        <source>Months paid since the account</source>
        <translation>Months paid since the account</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>Average contribution index</translation>
    </message>
    <message>
        <source>Account balance (yuan)</source>
        <translation>Account balance (yuan)</translation>
    </message>
    <message>
        <source>Own account began</source>
        <translation>Own account began</translation>
    </message>
    <message>
        <source>Years paid</source>
        <translation>Years paid</translation>
    </message>
    <message>
        <source>Contribution grade</source>
        <translation>Contribution grade</translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation>Stop paying</translation>
    </message>
    <message>
        <source>Contribution periods</source>
        <translation>Contribution periods</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Monthly base</source>
        <translation>Monthly base</translation>
    </message>
    <message>
        <source>Year total of bases</source>
        <translation>Year total of bases</translation>
    </message>
    <message>
        <source>Credited to account</source>
        <translation>Credited to account</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>As</source>
        <translation>As</translation>
    </message>
    <message>
        <source>Transition index (if printed)</source>
        <translation>Transition index (if printed)</translation>
    </message>
    <message>
        <source>Transition months (if printed)</source>
        <translation>Transition months (if printed)</translation>
    </message>
    <message>
        <source>Paid months to 1998-06 (Beijing)</source>
        <translation>Paid months to 1998-06 (Beijing)</translation>
    </message>
    <message>
        <source>City pension base (if two bases)</source>
        <translation>City pension base (if two bases)</translation>
    </message>
    <message>
        <source>Indexed monthly wage (if printed)</source>
        <translation>Indexed monthly wage (if printed)</translation>
    </message>
    <message>
        <source>Old-method transitional pension (Jiangsu)</source>
        <translation>Old-method transitional pension (Jiangsu)</translation>
    </message>
    <message>
        <source>Old-method index (Chongqing)</source>
        <translation>Old-method index (Chongqing)</translation>
    </message>
    <message>
        <source>Local items the person qualifies for</source>
        <translation>Local items the person qualifies for</translation>
    </message>
    <message>
        <source>1993–1997 notional credits (Shanghai)</source>
        <translation>1993–1997 notional credits (Shanghai)</translation>
    </message>
    <message>
        <source>Months the local items count</source>
        <translation>Months the local items count</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>statutory age</source>
        <translation>statutory age</translation>
    </message>
    <message>
        <source>%1 months early</source>
        <translation>%1 months early</translation>
    </message>
    <message>
        <source>%1 months late</source>
        <translation>%1 months late</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>flexible worker</source>
        <translation>flexible worker</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>man, 60</source>
        <translation>man, 60</translation>
    </message>
    <message>
        <source>woman, 55 (cadre / flexible)</source>
        <translation>woman, 55 (cadre / flexible)</translation>
    </message>
    <message>
        <source>woman, 50 (worker post)</source>
        <translation>woman, 50 (worker post)</translation>
    </message>
    <message>
        <source>man, 55 (Tibet, flexible)</source>
        <translation>man, 55 (Tibet, flexible)</translation>
    </message>
    <message>
        <source>woman, 45 (Tibet, flexible)</source>
        <translation>woman, 45 (Tibet, flexible)</translation>
    </message>
    <message>
        <source>stop now</source>
        <translation>stop now</translation>
    </message>
    <message>
        <source>%1 more years</source>
        <translation>%1 more years</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>until retirement</translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1 y %2 m</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>The file is neither UTF-8 nor GBK text; save it from Excel as CSV (UTF-8).</source>
        <translation>The file is neither UTF-8 nor GBK text; save it from Excel as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build of Qt cannot read GBK; save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is not UTF-8, and this build of Qt cannot read GBK; save it from Excel as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>No year rows were found (expected year, months and base columns).</source>
        <translation>No year rows were found (expected year, months and base columns).</translation>
    </message>
</context>
<context>
    <name>PackError</name>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>must be a non-empty string</translation>
    </message>
    <message>
        <source>must be an object { &quot;zh&quot;: …, &quot;en&quot;: … }</source>
        <translation>must be an object { &quot;zh&quot;: …, &quot;en&quot;: … }</translation>
    </message>
    <message>
        <source>must be a string or { &quot;zh&quot;: …, &quot;en&quot;: … }</source>
        <translation>must be a string or { &quot;zh&quot;: …, &quot;en&quot;: … }</translation>
    </message>
    <message>
        <source>must be published, provisional or assumed</source>
        <translation>must be published, provisional or assumed</translation>
    </message>
    <message>
        <source>must be official, secondary, inferred or recall</source>
        <translation>must be official, secondary, inferred or recall</translation>
    </message>
    <message>
        <source>a recalled figure cannot be marked published</source>
        <translation>a recalled figure cannot be marked published</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>out of the plausible range %1…%2 %3</source>
        <translation>out of the plausible range %1…%2 %3</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows</source>
        <translation>has more decimals than %1 allows</translation>
    </message>
    <message>
        <source>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot;</source>
        <translation>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot; (1900–2200), got &quot;%1&quot;</source>
        <translation>must be &quot;YYYY&quot; or &quot;YYYY-MM&quot; (1900–2200), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown series</source>
        <translation>unknown series</translation>
    </message>
    <message>
        <source>must be an object with unit and values</source>
        <translation>must be an object with unit and values</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>must be %1, got %2</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>must be a non-empty array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a whole age 16–100</source>
        <translation>must be a whole age 16–100</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM&quot;</source>
        <translation>must be &quot;YYYY-MM&quot;</translation>
    </message>
    <message>
        <source>is before the month the figure applies from</source>
        <translation>is before the month the figure applies from</translation>
    </message>
    <message>
        <source>duplicate date</source>
        <translation>duplicate date</translation>
    </message>
    <message>
        <source>dates not in order</source>
        <translation>dates not in order</translation>
    </message>
    <message>
        <source>unknown scalar</source>
        <translation>unknown scalar</translation>
    </message>
    <message>
        <source>must be an object with value, unit, status, confidence, source</source>
        <translation>must be an object with value, unit, status, confidence, source</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <source>must be an object of rule selections</source>
        <translation>must be an object of rule selections</translation>
    </message>
    <message>
        <source>unknown rule (%1)</source>
        <translation>unknown rule (%1)</translation>
    </message>
    <message>
        <source>must be an object with values</source>
        <translation>must be an object with values</translation>
    </message>
    <message>
        <source>this rule takes &quot;rule&quot;: %1</source>
        <translation>this rule takes &quot;rule&quot;: %1</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (%2)</source>
        <translation>unknown rule &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>must be an array of local items</source>
        <translation>must be an array of local items</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>must be lower-case letters, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing (yuan a month)</source>
        <translation>missing (yuan a month)</translation>
    </message>
    <message>
        <source>missing (percent)</source>
        <translation>missing (percent)</translation>
    </message>
    <message>
        <source>only for percent-of-indexed-wage-per-year</source>
        <translation>only for percent-of-indexed-wage-per-year</translation>
    </message>
    <message>
        <source>only for the percent kinds</source>
        <translation>only for the percent kinds</translation>
    </message>
    <message>
        <source>must be true or false (whether the sheet&apos;s total includes it)</source>
        <translation>must be true or false (whether the sheet&apos;s total includes it)</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>must be after from</translation>
    </message>
    <message>
        <source>must be { &quot;zh&quot;: …, &quot;en&quot;: … } saying what is unknown</source>
        <translation>must be { &quot;zh&quot;: …, &quot;en&quot;: … } saying what is unknown</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1)</source>
        <translation>not valid JSON (byte %1)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>must be &quot;pension-params/1&quot;</source>
        <translation>must be &quot;pension-params/1&quot;</translation>
    </message>
    <message>
        <source>must be lower-case letters and &apos;-&apos;</source>
        <translation>must be lower-case letters and &apos;-&apos;</translation>
    </message>
    <message>
        <source>must name at least one retirement track (male-60, female-55, female-50)</source>
        <translation>must name at least one retirement track (male-60, female-55, female-50)</translation>
    </message>
    <message>
        <source>must be a whole number %1–%2</source>
        <translation>must be a whole number %1–%2</translation>
    </message>
    <message>
        <source>the national pack must define the retirement tracks male-60, female-55 and female-50</source>
        <translation>the national pack must define the retirement tracks male-60, female-55 and female-50</translation>
    </message>
    <message>
        <source>must be percent</source>
        <translation>must be percent</translation>
    </message>
    <message>
        <source>grades not in increasing order</source>
        <translation>grades not in increasing order</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>unknown region &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cycle in extends</source>
        <translation>cycle in extends</translation>
    </message>
    <message>
        <source>extends unknown pack &quot;%1&quot;</source>
        <translation>extends unknown pack &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown city &quot;%1&quot;</source>
        <translation>unknown city &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a new figure needs its source (the 文号 and where it was read)</source>
        <translation>a new figure needs its source (the 文号 and where it was read)</translation>
    </message>
    <message>
        <source>must be a plain number with at most 4 decimals, got &quot;%1&quot;</source>
        <translation>must be a plain number with at most 4 decimals, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no such city in the pack</source>
        <translation>no such city in the pack</translation>
    </message>
    <message>
        <source>the pack has no such series (add it to the pack file first)</source>
        <translation>the pack has no such series (add it to the pack file first)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>indexDecimals takes &quot;value&quot;: 2, 3, 4 or 5</source>
        <translation>indexDecimals takes &quot;value&quot;: 2, 3, 4 or 5</translation>
    </message>
    <message>
        <source>must be 2, 3, 4 or 5</source>
        <translation>must be 2, 3, 4 or 5</translation>
    </message>
    <message>
        <source>must be a list of 1 to 10 { &quot;years&quot;, &quot;rate&quot; } (years ascending)</source>
        <translation>must be a list of 1 to 10 { &quot;years&quot;, &quot;rate&quot; } (years ascending)</translation>
    </message>
    <message>
        <source>must be an object with years and rate</source>
        <translation>must be an object with years and rate</translation>
    </message>
    <message>
        <source>must be whole years from 0 to 60</source>
        <translation>must be whole years from 0 to 60</translation>
    </message>
    <message>
        <source>must be above the tier before</source>
        <translation>must be above the tier before</translation>
    </message>
    <message>
        <source>must be a non-empty array of { &quot;over&quot;: years, &quot;rate&quot;: percent }</source>
        <translation>must be a non-empty array of { &quot;over&quot;: years, &quot;rate&quot;: percent }</translation>
    </message>
    <message>
        <source>must be { &quot;over&quot;: years, &quot;rate&quot;: percent }</source>
        <translation>must be { &quot;over&quot;: years, &quot;rate&quot;: percent }</translation>
    </message>
    <message>
        <source>must be above the band before (%1)</source>
        <translation>must be above the band before (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the line of the totalRounding rule, not an item&apos;s id</source>
        <translation>&quot;%1&quot; is the line of the totalRounding rule, not an item&apos;s id</translation>
    </message>
    <message>
        <source>missing (yuan per year at index 1)</source>
        <translation>missing (yuan per year at index 1)</translation>
    </message>
    <message>
        <source>must be %1, got &quot;%2&quot;</source>
        <translation>must be %1, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>only for basic-wage-year-bands</source>
        <translation>only for basic-wage-year-bands</translation>
    </message>
    <message>
        <source>only for kind index-years</source>
        <translation>only for kind index-years</translation>
    </message>
    <message>
        <source>only for kind tiered-percent-of-indexed-wage</source>
        <translation>only for kind tiered-percent-of-indexed-wage</translation>
    </message>
    <message>
        <source>must be true or false (paid only when the case claims it)</source>
        <translation>must be true or false (paid only when the case claims it)</translation>
    </message>
    <message>
        <source>unknown track (male-60, female-55, female-50, or a province&apos;s own track named male-… or female-…)</source>
        <translation>unknown track (male-60, female-55, female-50, or a province&apos;s own track named male-… or female-…)</translation>
    </message>
    <message>
        <source>missing (the fixed part, yuan a month)</source>
        <translation>missing (the fixed part, yuan a month)</translation>
    </message>
    <message>
        <source>missing (yuan per index point and contribution year)</source>
        <translation>missing (yuan per index point and contribution year)</translation>
    </message>
    <message>
        <source>only for kind base-plus-index-years</source>
        <translation>only for kind base-plus-index-years</translation>
    </message>
    <message>
        <source>must be &quot;money&quot; (as moneyRounding, the default) or &quot;fen-up&quot;</source>
        <translation>must be &quot;money&quot; (as moneyRounding, the default) or &quot;fen-up&quot;</translation>
    </message>
    <message>
        <source>only for the computed kinds</source>
        <translation>only for the computed kinds</translation>
    </message>
    <message>
        <source>only for kinds fixed, fixed-per-year, index-years and base-plus-index-years</source>
        <translation>only for kinds fixed, fixed-per-year, index-years and base-plus-index-years</translation>
    </message>
    <message>
        <source>must be a non-empty list of conditions</source>
        <translation>must be a non-empty list of conditions</translation>
    </message>
    <message>
        <source>must be a non-empty list of ids</source>
        <translation>must be a non-empty list of ids</translation>
    </message>
    <message>
        <source>needs a condition: retiringBefore, tracks or unlessClaimed</source>
        <translation>needs a condition: retiringBefore, tracks or unlessClaimed</translation>
    </message>
</context>
<context>
    <name>PackWords</name>
    <message>
        <source>Pension base (计发基数)</source>
        <translation>Pension base (计发基数)</translation>
    </message>
    <message>
        <source>Average wage for contribution bases</source>
        <translation>Average wage for contribution bases</translation>
    </message>
    <message>
        <source>Contribution base floor</source>
        <translation>Contribution base floor</translation>
    </message>
    <message>
        <source>Contribution base ceiling</source>
        <translation>Contribution base ceiling</translation>
    </message>
    <message>
        <source>Contribution index denominator</source>
        <translation>Contribution index denominator</translation>
    </message>
    <message>
        <source>Transition rate (过渡系数)</source>
        <translation>Transition rate (过渡系数)</translation>
    </message>
    <message>
        <source>Employer rate</source>
        <translation>Employer rate</translation>
    </message>
    <message>
        <source>Urban disposable income per head</source>
        <translation>Urban disposable income per head</translation>
    </message>
    <message>
        <source>Heating allowance</source>
        <translation>Heating allowance</translation>
    </message>
    <message>
        <source>Annuity months by age (计发月数)</source>
        <translation>Annuity months by age (计发月数)</translation>
    </message>
    <message>
        <source>Minimum contribution months</source>
        <translation>Minimum contribution months</translation>
    </message>
    <message>
        <source>Account interest rate (记账利率)</source>
        <translation>Account interest rate (记账利率)</translation>
    </message>
    <message>
        <source>Share credited to the personal account</source>
        <translation>Share credited to the personal account</translation>
    </message>
    <message>
        <source>Employee rate</source>
        <translation>Employee rate</translation>
    </message>
    <message>
        <source>Flexible worker&apos;s rate</source>
        <translation>Flexible worker&apos;s rate</translation>
    </message>
    <message>
        <source>Yearly pension increase</source>
        <translation>Yearly pension increase</translation>
    </message>
    <message>
        <source>yuan a month</source>
        <translation>yuan a month</translation>
    </message>
    <message>
        <source>yuan a year</source>
        <translation>yuan a year</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>assumed</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>Second transition rate (for some people)</source>
        <translation>Second transition rate (for some people)</translation>
    </message>
    <message>
        <source>City pension base (two-base provinces)</source>
        <translation>City pension base (two-base provinces)</translation>
    </message>
    <message>
        <source>Share of the new transitional pension paid (phase-in)</source>
        <translation>Share of the new transitional pension paid (phase-in)</translation>
    </message>
</context>
<context>
    <name>UserPacks</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1 is not used: %2</source>
        <translation>%1 is not used: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The edited pack %1 (%2) is based on an older version than the one this program ships (%3): review it in the parameter editor.</source>
        <translation>The edited pack %1 (%2) is based on an older version than the one this program ships (%3): review it in the parameter editor.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>pension::cli</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>line %1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>plan not valid</source>
        <translation>plan not valid</translation>
    </message>
    <message>
        <source>IN.csv: no such file &quot;%1&quot;</source>
        <translation>IN.csv: no such file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>IN.csv: cannot read &quot;%1&quot;</source>
        <translation>IN.csv: cannot read &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o: the output CSV file is required</source>
        <translation>-o: the output CSV file is required</translation>
    </message>
    <message>
        <source>IN.csv header: %1</source>
        <translation>IN.csv header: %1</translation>
    </message>
    <message>
        <source>line %1: longer than 16 MiB</source>
        <translation>line %1: longer than 16 MiB</translation>
    </message>
    <message>
        <source>%1 rows…</source>
        <translation>%1 rows…</translation>
    </message>
    <message>
        <source>done: %1 people, %2 result rows, %3 rows with errors, %4 s</source>
        <translation>done: %1 people, %2 result rows, %3 rows with errors, %4 s</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: a value is required</translation>
    </message>
    <message>
        <source>--lang: one of zh, en (got &quot;%1&quot;)</source>
        <translation>--lang: one of zh, en (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--date: YYYY-MM or YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>--date: YYYY-MM or YYYY-MM-DD (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: unknown option</source>
        <translation>%1: unknown option</translation>
    </message>
    <message>
        <source>--params: no such folder &quot;%1&quot;</source>
        <translation>--params: no such folder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter pack %1</source>
        <translation>parameter pack %1</translation>
    </message>
    <message>
        <source>Pension estimate — %1</source>
        <translation>Pension estimate — %1</translation>
    </message>
    <message>
        <source>Parameters: %1; calculated as of %2</source>
        <translation>Parameters: %1; calculated as of %2</translation>
    </message>
    <message>
        <source>Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)</source>
        <translation>Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)</translation>
    </message>
    <message>
        <source>Contributions: %1 months, minimum %2 months for %3 — %4</source>
        <translation>Contributions: %1 months, minimum %2 months for %3 — %4</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>NOT eligible</source>
        <translation>NOT eligible</translation>
    </message>
    <message>
        <source>Monthly pension: %1 yuan</source>
        <translation>Monthly pension: %1 yuan</translation>
    </message>
    <message>
        <source>Provisional (预发) on the %1 base %2: %3 yuan a month; back pay about %4 yuan</source>
        <translation>Provisional (预发) on the %1 base %2: %3 yuan a month; back pay about %4 yuan</translation>
    </message>
    <message>
        <source>Paid by the person from now to retirement: %1 yuan</source>
        <translation>Paid by the person from now to retirement: %1 yuan</translation>
    </message>
    <message>
        <source>How it is calculated:</source>
        <translation>How it is calculated:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</translation>
    </message>
    <message>
        <source>Paid and received, nominal yuan:</source>
        <translation>Paid and received, nominal yuan:</translation>
    </message>
    <message>
        <source>  Paid by the person in all: %1 (from now: %2)</source>
        <translation>  Paid by the person in all: %1 (from now: %2)</translation>
    </message>
    <message>
        <source>  At life expectancy (%1): received %2, net %3</source>
        <translation>  At life expectancy (%1): received %2, net %3</translation>
    </message>
    <message>
        <source>  At %1: received %2, net %3</source>
        <translation>  At %1: received %2, net %3</translation>
    </message>
    <message>
        <source>If the person dies (funeral grant + survivor pension + account remainder):</source>
        <translation>If the person dies (funeral grant + survivor pension + account remainder):</translation>
    </message>
    <message>
        <source>  at %1 (%2): %3 + %4 (%5 months) + %6 = %7</source>
        <translation>  at %1 (%2): %3 + %4 (%5 months) + %6 = %7</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>Short of the minimum by %1 months. Paying on as a flexible worker:</source>
        <translation>Short of the minimum by %1 months. Paying on as a flexible worker:</translation>
    </message>
    <message>
        <source>  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.</source>
        <translation>  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.</translation>
    </message>
    <message>
        <source>  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid at once.</source>
        <translation>  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid at once.</translation>
    </message>
    <message>
        <source>--stop: comma-separated whole years 0–60 (got &quot;%1&quot;)</source>
        <translation>--stop: comma-separated whole years 0–60 (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--stop: at least one number of years</source>
        <translation>--stop: at least one number of years</translation>
    </message>
    <message>
        <source>--retire: comma-separated statutory, earlyN, lateN (N = 0–36 months) or YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--retire: comma-separated statutory, earlyN, lateN (N = 0–36 months) or YYYY-MM (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--retire: at least one retirement choice</source>
        <translation>--retire: at least one retirement choice</translation>
    </message>
    <message>
        <source>estimate: exactly one CASE file</source>
        <translation>estimate: exactly one CASE file</translation>
    </message>
    <message>
        <source>%1: an amount in yuan %2–%3 with at most 2 decimals (got &quot;%4&quot;)</source>
        <translation>%1: an amount in yuan %2–%3 with at most 2 decimals (got &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>report: exactly one CASE file</source>
        <translation>report: exactly one CASE file</translation>
    </message>
    <message>
        <source>-o: the PDF file to write, ending in .pdf</source>
        <translation>-o: the PDF file to write, ending in .pdf</translation>
    </message>
    <message>
        <source>export: exactly one CASE file</source>
        <translation>export: exactly one CASE file</translation>
    </message>
    <message>
        <source>-o: the file to write, ending in .xlsx (plans and years) or .csv (the plans)</source>
        <translation>-o: the file to write, ending in .xlsx (plans and years) or .csv (the plans)</translation>
    </message>
    <message>
        <source>goal: exactly one CASE file</source>
        <translation>goal: exactly one CASE file</translation>
    </message>
    <message>
        <source>--target: the monthly pension wanted, in yuan</source>
        <translation>--target: the monthly pension wanted, in yuan</translation>
    </message>
    <message>
        <source>Target: %1 yuan a month</source>
        <translation>Target: %1 yuan a month</translation>
    </message>
    <message>
        <source>Further years  Lowest grade  Monthly pension  Paid by the person</source>
        <translation>Further years  Lowest grade  Monthly pension  Paid by the person</translation>
    </message>
    <message>
        <source>--years: contribution years 0.01–60 with 2 decimals (got &quot;%1&quot;)</source>
        <translation>--years: contribution years 0.01–60 with 2 decimals (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Average index: %1 … %2</source>
        <translation>Average index: %1 … %2</translation>
    </message>
    <message>
        <source>No average index gives that basic pension with these figures.</source>
        <translation>No average index gives that basic pension with these figures.</translation>
    </message>
    <message>
        <source>--annuity-months: 1–300 with one decimal (got &quot;%1&quot;)</source>
        <translation>--annuity-months: 1–300 with one decimal (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Account balance: %1 … %2</source>
        <translation>Account balance: %1 … %2</translation>
    </message>
    <message>
        <source>solve: give --base, --years and --basic, or --account and --annuity-months</source>
        <translation>solve: give --base, --years and --basic, or --account and --annuity-months</translation>
    </message>
    <message>
        <source>--retired: YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--retired: YYYY-MM (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--until: a year from the retirement year to 60 years after it (got &quot;%1&quot;)</source>
        <translation>--until: a year from the retirement year to 60 years after it (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--region: unknown region &quot;%1&quot;</source>
        <translation>--region: unknown region &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Year  Increase  Status       Monthly pension</source>
        <translation>Year  Increase  Status       Monthly pension</translation>
    </message>
    <message>
        <source>Compared with %1: %2 (%3%)</source>
        <translation>Compared with %1: %2 (%3%)</translation>
    </message>
    <message>
        <source>compare: exactly one CASE file</source>
        <translation>compare: exactly one CASE file</translation>
    </message>
    <message>
        <source>Plans: grade × years of further payment × retirement (monthly pension / paid by the person)</source>
        <translation>Plans: grade × years of further payment × retirement (monthly pension / paid by the person)</translation>
    </message>
    <message>
        <source>Retirement: %1</source>
        <translation>Retirement: %1</translation>
    </message>
    <message>
        <source>+%1y</source>
        <translation>+%1y</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>* short of the minimum contribution months</source>
        <translation>* short of the minimum contribution months</translation>
    </message>
    <message>
        <source>--birth: YYYY-MM (got &quot;%1&quot;)</source>
        <translation>--birth: YYYY-MM (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--track: one of male-60, female-55, female-50 (got &quot;%1&quot;)</source>
        <translation>--track: one of male-60, female-55, female-50 (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Statutory retirement: %1 at %2 (%3 months added by the 2024 decision)</source>
        <translation>Statutory retirement: %1 at %2 (%3 months added by the 2024 decision)</translation>
    </message>
    <message>
        <source>Flexible window: %1 … %2</source>
        <translation>Flexible window: %1 … %2</translation>
    </message>
    <message>
        <source>Minimum contribution: %1 months</source>
        <translation>Minimum contribution: %1 months</translation>
    </message>
    <message>
        <source>batch: exactly one IN.csv file</source>
        <translation>batch: exactly one IN.csv file</translation>
    </message>
    <message>
        <source>COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, export (pension-cli help)</source>
        <translation>COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, export (pension-cli help)</translation>
    </message>
    <message>
        <source>%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)</source>
        <translation>%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>print the result as JSON (the contract&apos;s fields)</source>
        <translation>print the result as JSON (the contract&apos;s fields)</translation>
    </message>
    <message>
        <source>language of the output (default zh)</source>
        <translation>language of the output (default zh)</translation>
    </message>
    <message>
        <source>calculation date (default: today; a case&apos;s calculatedOn wins)</source>
        <translation>calculation date (default: today; a case&apos;s calculatedOn wins)</translation>
    </message>
    <message>
        <source>add or replace parameter packs from a folder</source>
        <translation>add or replace parameter packs from a folder</translation>
    </message>
    <message>
        <source>lifetime sums in today&apos;s money</source>
        <translation>lifetime sums in today&apos;s money</translation>
    </message>
    <message>
        <source>contribution grades, e.g. 0.6,1.0,2.0 or 60%,100%</source>
        <translation>contribution grades, e.g. 0.6,1.0,2.0 or 60%,100%</translation>
    </message>
    <message>
        <source>years of further payment, e.g. 0,5,10</source>
        <translation>years of further payment, e.g. 0,5,10</translation>
    </message>
    <message>
        <source>retirement choices: statutory, earlyN, lateN, YYYY-MM</source>
        <translation>retirement choices: statutory, earlyN, lateN, YYYY-MM</translation>
    </message>
    <message>
        <source>month of birth</source>
        <translation>month of birth</translation>
    </message>
    <message>
        <source>statutory-age track: male-60, female-55, female-50</source>
        <translation>statutory-age track: male-60, female-55, female-50</translation>
    </message>
    <message>
        <source>the monthly pension wanted, in yuan</source>
        <translation>the monthly pension wanted, in yuan</translation>
    </message>
    <message>
        <source>also: how many years at this grade</source>
        <translation>also: how many years at this grade</translation>
    </message>
    <message>
        <source>the sheet&apos;s pension base (计发基数), yuan</source>
        <translation>the sheet&apos;s pension base (计发基数), yuan</translation>
    </message>
    <message>
        <source>the sheet&apos;s basic pension, yuan</source>
        <translation>the sheet&apos;s basic pension, yuan</translation>
    </message>
    <message>
        <source>the sheet&apos;s account pension, yuan</source>
        <translation>the sheet&apos;s account pension, yuan</translation>
    </message>
    <message>
        <source>the sheet&apos;s annuity months (计发月数)</source>
        <translation>the sheet&apos;s annuity months (计发月数)</translation>
    </message>
    <message>
        <source>the first monthly pension, yuan</source>
        <translation>the first monthly pension, yuan</translation>
    </message>
    <message>
        <source>the month the pension began</source>
        <translation>the month the pension began</translation>
    </message>
    <message>
        <source>the last year to show</source>
        <translation>the last year to show</translation>
    </message>
    <message>
        <source>region id whose adjustments apply (default hebei)</source>
        <translation>region id whose adjustments apply (default hebei)</translation>
    </message>
    <message>
        <source>a real figure to compare the last year with</source>
        <translation>a real figure to compare the last year with</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>plans per person: GRADE[:YEARS[:RETIRE]],…</source>
        <translation>plans per person: GRADE[:YEARS[:RETIRE]],…</translation>
    </message>
    <message>
        <source>the clerk&apos;s name printed on the report</source>
        <translation>the clerk&apos;s name printed on the report</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>the projection for the case&apos;s plan, with lifetime, survivor and shortfall figures</source>
        <translation>the projection for the case&apos;s plan, with lifetime, survivor and shortfall figures</translation>
    </message>
    <message>
        <source>the grid of plans: grades × years of further payment × retirement choices</source>
        <translation>the grid of plans: grades × years of further payment × retirement choices</translation>
    </message>
    <message>
        <source>statutory retirement month and age, the flexible window, the minimum months</source>
        <translation>statutory retirement month and age, the flexible window, the minimum months</translation>
    </message>
    <message>
        <source>the lowest grade per payment length, or the years at a grade, for a target pension</source>
        <translation>the lowest grade per payment length, or the years at a grade, for a target pension</translation>
    </message>
    <message>
        <source>back-solve a benefit sheet&apos;s average index or account balance</source>
        <translation>back-solve a benefit sheet&apos;s average index or account balance</translation>
    </message>
    <message>
        <source>the pension year by year after retirement, with the yearly increases</source>
        <translation>the pension year by year after retirement, with the yearly increases</translation>
    </message>
    <message>
        <source>one result row per person and plan, from a CSV list (docs/batch.md)</source>
        <translation>one result row per person and plan, from a CSV list (docs/batch.md)</translation>
    </message>
    <message>
        <source>the A4 report as PDF</source>
        <translation>the A4 report as PDF</translation>
    </message>
    <message>
        <source>the plan grid and the year table for Excel, or the plans as CSV</source>
        <translation>the plan grid and the year table for Excel, or the plans as CSV</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>usage:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>options:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 2 bad input (one line on stderr naming the field), 1 anything else.</source>
        <translation>Exit status: 0 done, 2 bad input (one line on stderr naming the field), 1 anything else.</translation>
    </message>
    <message>
        <source>line %1: neither UTF-8 nor GBK text</source>
        <translation>line %1: neither UTF-8 nor GBK text</translation>
    </message>
    <message>
        <source>--track: the parameter packs define no track &quot;%1&quot;</source>
        <translation>--track: the parameter packs define no track &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contribution years (solve: the sheet&apos;s; after: the person&apos;s)</source>
        <translation>contribution years (solve: the sheet&apos;s; after: the person&apos;s)</translation>
    </message>
    <message>
        <source>Series: the province&apos;s adjustment scheme (fixed, per-year, percent and age amounts) where the parameter pack (%1) has it; other years the national overall level as a percentage, and %2% beyond it. The national level is an average: fixed amounts lift a low pension by more.</source>
        <translation>Series: the province&apos;s adjustment scheme (fixed, per-year, percent and age amounts) where the parameter pack (%1) has it; other years the national overall level as a percentage, and %2% beyond it. The national level is an average: fixed amounts lift a low pension by more.</translation>
    </message>
    <message>
        <source>Scheme parts left out: give --years (contribution years) and --birth (YYYY-MM) to include them.</source>
        <translation>Scheme parts left out: give --years (contribution years) and --birth (YYYY-MM) to include them.</translation>
    </message>
    <message>
        <source>--grades: comma-separated grades %2–%3 or %4–%5 (got &quot;%1&quot;)</source>
        <translation>--grades: comma-separated grades %2–%3 or %4–%5 (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--grades: at least one grade %1–%2</source>
        <translation>--grades: at least one grade %1–%2</translation>
    </message>
    <message>
        <source>not reachable even at %1</source>
        <translation>not reachable even at %1</translation>
    </message>
    <message>
        <source>At %1: %2 more years, %3 yuan a month, costing %4 yuan</source>
        <translation>At %1: %2 more years, %3 yuan a month, costing %4 yuan</translation>
    </message>
    <message>
        <source>At %1 the target is not reached before retirement.</source>
        <translation>At %1 the target is not reached before retirement.</translation>
    </message>
    <message>
        <source>Paid and received, in today&apos;s money (inflation %1):</source>
        <translation>Paid and received, in today&apos;s money (inflation %1):</translation>
    </message>
    <message>
        <source>  at %1: until %2, costing %3</source>
        <translation>  at %1: until %2, costing %3</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months.</source>
        <translation>✘ No pension in %1: %2 months short of the minimum of %3 months.</translation>
    </message>
    <message>
        <source>Paying on until %1 (about %2 yuan): %3 yuan a month from %4.</source>
        <translation>Paying on until %1 (about %2 yuan): %3 yuan a month from %4.</translation>
    </message>
    <message>
        <source>Monthly pension if the minimum were met (not paid): %1 yuan</source>
        <translation>Monthly pension if the minimum were met (not paid): %1 yuan</translation>
    </message>
    <message>
        <source>  The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): the funeral grant and the survivor pension are unknown; the account remainder at %1: %2</source>
        <translation>  The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): the funeral grant and the survivor pension are unknown; the account remainder at %1: %2</translation>
    </message>
</context>
<context>
    <name>pension::cli::io</name>
    <message>
        <source>%1: no such file &quot;%2&quot;</source>
        <translation>%1: no such file &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read &quot;%2&quot;</source>
        <translation>%1: cannot read &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a regular file (a device, a pipe or a socket is not read)</source>
        <translation>%1: &quot;%2&quot; is not a regular file (a device, a pipe or a socket is not read)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is larger than %3 MiB</source>
        <translation>%1: &quot;%2&quot; is larger than %3 MiB</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>write error</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>standard output could not be written: %1</translation>
    </message>
</context>
<context>
    <name>pension::columns</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>Average wage</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>Contribution base</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Paid by the person</source>
        <translation>Paid by the person</translation>
    </message>
    <message>
        <source>Employer / pooled</source>
        <translation>Employer / pooled</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>To account</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Interest rate</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Rate status</source>
        <translation>Rate status</translation>
    </message>
    <message>
        <source>Further years</source>
        <translation>Further years</translation>
    </message>
    <message>
        <source>Retirement choice</source>
        <translation>Retirement choice</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Minimum met</source>
        <translation>Minimum met</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Basic pension</translation>
    </message>
    <message>
        <source>Account pension</source>
        <translation>Account pension</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>Transitional pension</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>Paid from now</source>
        <translation>Paid from now</translation>
    </message>
    <message>
        <source>Break-even age</source>
        <translation>Break-even age</translation>
    </message>
    <message>
        <source>Per 10,000 more (grade)</source>
        <translation>Per 10,000 more (grade)</translation>
    </message>
    <message>
        <source>Per 10,000 more (years)</source>
        <translation>Per 10,000 more (years)</translation>
    </message>
</context>
<context>
    <name>pension::exporting</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;</source>
        <translation>cannot create &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>no: short of the minimum, not paid</source>
        <translation>no: short of the minimum, not paid</translation>
    </message>
    <message>
        <source>Rows in red: the plan falls short of the minimum contribution period; its pension is not paid at that retirement month (paying on until the minimum is met is needed).</source>
        <translation>Rows in red: the plan falls short of the minimum contribution period; its pension is not paid at that retirement month (paying on until the minimum is met is needed).</translation>
    </message>
</context>
<context>
    <name>pension::gui::BalanceChart</name>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Account balance at year end</source>
        <translation>Account balance at year end</translation>
    </message>
</context>
<context>
    <name>pension::gui::BeyondPage</name>
    <message>
        <source>Short of minimum</source>
        <translation>Short of minimum</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivors</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>After retirement</source>
        <translation>After retirement</translation>
    </message>
    <message>
        <source>For the form&apos;s plan.</source>
        <translation>For the form&apos;s plan.</translation>
    </message>
    <message>
        <source>For a plan from the grid: %1</source>
        <translation>For a plan from the grid: %1</translation>
    </message>
    <message>
        <source>Estimates: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>Estimates: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</translation>
    </message>
</context>
<context>
    <name>pension::gui::BreakEvenChart</name>
    <message>
        <source>Paid, cumulative</source>
        <translation>Paid, cumulative</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Received, cumulative</source>
        <translation>Received, cumulative</translation>
    </message>
    <message>
        <source>Even at %1</source>
        <translation>Even at %1</translation>
    </message>
    <message>
        <source>Paid and received, in today&apos;s money</source>
        <translation>Paid and received, in today&apos;s money</translation>
    </message>
    <message>
        <source>Paid and received, with yearly increases</source>
        <translation>Paid and received, with yearly increases</translation>
    </message>
</context>
<context>
    <name>pension::gui::BreakEvenModel</name>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
<context>
    <name>pension::gui::CaseForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contribution record</source>
        <translation>Contribution record</translation>
    </message>
    <message>
        <source>From now on</source>
        <translation>From now on</translation>
    </message>
    <message>
        <source>Year and month, e.g. 1969-02</source>
        <translation>Year and month, e.g. 1969-02</translation>
    </message>
    <message>
        <source>The month the statement or the history ends; later months are the plan</source>
        <translation>The month the statement or the history ends; later months are the plan</translation>
    </message>
    <message>
        <source>Statement summary</source>
        <translation>Statement summary</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <source>视同缴费月数: service before contributions began that counts as paid</source>
        <translation>视同缴费月数: service before contributions began that counts as paid</translation>
    </message>
    <message>
        <source>Months paid since the personal account began; halves allowed (515.5)</source>
        <translation>Months paid since the personal account began; halves allowed (515.5)</translation>
    </message>
    <message>
        <source>Add year</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>Paste cells copied from a spreadsheet (Ctrl+V in the table)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>A CSV file saved by Excel, UTF-8 or GBK</source>
        <translation>A CSV file saved by Excel, UTF-8 or GBK</translation>
    </message>
    <message>
        <source>Give either the monthly base or the year&apos;s total of bases (缴费基数 on a leaflet is the year total). Paste from Excel with Ctrl+V.</source>
        <translation>Give either the monthly base or the year&apos;s total of bases (缴费基数 on a leaflet is the year total). Paste from Excel with Ctrl+V.</translation>
    </message>
    <message>
        <source>once I reach (years)</source>
        <translation>once I reach (years)</translation>
    </message>
    <message>
        <source>Stop paying once the contribution years (deemed and paid) reach this number</source>
        <translation>Stop paying once the contribution years (deemed and paid) reach this number</translation>
    </message>
    <message>
        <source>At the statutory age</source>
        <translation>At the statutory age</translation>
    </message>
    <message>
        <source>Early by (months)</source>
        <translation>Early by (months)</translation>
    </message>
    <message>
        <source>Later by (months)</source>
        <translation>Later by (months)</translation>
    </message>
    <message>
        <source>In the month</source>
        <translation>In the month</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Optional. Empty: pay from the month after the record until retirement at the grade above. Months between periods are gaps (nothing paid; the account still earns interest). Until empty = until retirement.</source>
        <translation>Optional. Empty: pay from the month after the record until retirement at the grade above. Months between periods are gaps (nothing paid; the account still earns interest). Until empty = until retirement.</translation>
    </message>
    <message>
        <source>The pasted text is too long for a contribution table.</source>
        <translation>The pasted text is too long for a contribution table.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: not a contribution table.</source>
        <translation>%1 is larger than 4 MB: not a contribution table.</translation>
    </message>
    <message>
        <source>%1 years read from %2 (%3).</source>
        <translation>%1 years read from %2 (%3).</translation>
    </message>
    <message>
        <source>缴费基数 was read as the year&apos;s total of monthly bases.</source>
        <translation>缴费基数 was read as the year&apos;s total of monthly bases.</translation>
    </message>
    <message>
        <source>%1 other rows (totals, notes) were left out.</source>
        <translation>%1 other rows (totals, notes) were left out.</translation>
    </message>
    <message>
        <source>Import contribution table</source>
        <translation>Import contribution table</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>e.g. 1969-02</source>
        <translation>e.g. 1969-02</translation>
    </message>
    <message>
        <source>e.g. 2024-02</source>
        <translation>e.g. 2024-02</translation>
    </message>
    <message>
        <source>months, e.g. 314</source>
        <translation>months, e.g. 314</translation>
    </message>
    <message>
        <source>e.g. 0.6270</source>
        <translation>e.g. 0.6270</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>the region&apos;s (e.g. 1996-01)</source>
        <translation>the region&apos;s (e.g. 1996-01)</translation>
    </message>
    <message>
        <source>e.g. 2027-02</source>
        <translation>e.g. 2027-02</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>≈ approximate</source>
        <translation>≈ approximate</translation>
    </message>
    <message>
        <source>Search: 潍坊, Weifang…</source>
        <translation>Search: 潍坊, Weifang…</translation>
    </message>
    <message>
        <source>Type part of a province or city name, in Chinese or English, and pick it from the list</source>
        <translation>Type part of a province or city name, in Chinese or English, and pick it from the list</translation>
    </message>
    <message>
        <source>only where the region&apos;s rule needs it</source>
        <translation>only where the region&apos;s rule needs it</translation>
    </message>
    <message>
        <source>yuan; default: the city&apos;s pack</source>
        <translation>yuan; default: the city&apos;s pack</translation>
    </message>
    <message>
        <source>Use %1 (from the ID number&apos;s area code %2)</source>
        <translation>Use %1 (from the ID number&apos;s area code %2)</translation>
    </message>
    <message>
        <source>Contribution base as a share of the average wage: a standard grade or any value %1–%2</source>
        <translation>Contribution base as a share of the average wage: a standard grade or any value %1–%2</translation>
    </message>
    <message>
        <source>%1 years added from %2 (%3).</source>
        <translation>%1 years added from %2 (%3).</translation>
    </message>
    <message>
        <source>Already in the table, kept as they were: %1.</source>
        <translation>Already in the table, kept as they were: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The table already has years. Add the file&apos;s years to them, or replace them with the file&apos;s?</source>
        <translation>The table already has years. Add the file&apos;s years to them, or replace them with the file&apos;s?</translation>
    </message>
    <message>
        <source>&amp;Add to the table</source>
        <translation>&amp;Add to the table</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Converted from the 15-digit number %1: “19” added before the birth year and the check character at the end (GB 11643).</source>
        <translation>Converted from the 15-digit number %1: “19” added before the birth year and the check character at the end (GB 11643).</translation>
    </message>
    <message>
        <source>18 characters (a 15-digit number is converted); a valid number fills in the birth month and sex</source>
        <translation>18 characters (a 15-digit number is converted); a valid number fills in the birth month and sex</translation>
    </message>
    <message>
        <source>yuan, as the sheet prints it; then the index may stay empty</source>
        <translation>yuan, as the sheet prints it; then the index may stay empty</translation>
    </message>
    <message>
        <source>平均缴费指数 as printed on the statement, up to 6 decimals</source>
        <translation>平均缴费指数 as printed on the statement, up to 6 decimals</translation>
    </message>
    <message>
        <source>Approximate only in these cases (the result says so):</source>
        <translation>Approximate only in these cases (the result says so):</translation>
    </message>
    <message>
        <source>yuan, the old-method amount the sheet prints</source>
        <translation>yuan, the old-method amount the sheet prints</translation>
    </message>
    <message>
        <source>the old-method index Q the sheet prints</source>
        <translation>the old-method index Q the sheet prints</translation>
    </message>
    <message>
        <source>yuan, the total on the person&apos;s papers</source>
        <translation>yuan, the total on the person&apos;s papers</translation>
    </message>
    <message>
        <source>months; default: all contribution months</source>
        <translation>months; default: all contribution months</translation>
    </message>
    <message>
        <source>months, as the sheet counts them</source>
        <translation>months, as the sheet counts them</translation>
    </message>
</context>
<context>
    <name>pension::gui::CounterWorkflow</name>
    <message>
        <source>Case &amp;library…</source>
        <translation>Case &amp;library…</translation>
    </message>
    <message>
        <source>Find a saved case by name or ID number and reopen it</source>
        <translation>Find a saved case by name or ID number and reopen it</translation>
    </message>
    <message>
        <source>&amp;Save to library</source>
        <translation>&amp;Save to library</translation>
    </message>
    <message>
        <source>Open case &amp;file…</source>
        <translation>Open case &amp;file…</translation>
    </message>
    <message>
        <source>Save case file &amp;as…</source>
        <translation>Save case file &amp;as…</translation>
    </message>
    <message>
        <source>Export A4 report as P&amp;DF…</source>
        <translation>Export A4 report as P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xport tables</source>
        <translation>E&amp;xport tables</translation>
    </message>
    <message>
        <source>Plans and year table as &amp;Excel…</source>
        <translation>Plans and year table as &amp;Excel…</translation>
    </message>
    <message>
        <source>Plan grid as &amp;CSV…</source>
        <translation>Plan grid as &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Year table as CSV…</source>
        <translation>&amp;Year table as CSV…</translation>
    </message>
    <message>
        <source>Para&amp;meter packs…</source>
        <translation>Para&amp;meter packs…</translation>
    </message>
    <message>
        <source>See every figure with its source; enter a newly published one</source>
        <translation>See every figure with its source; enter a newly published one</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Complete the case first: there is no result yet</source>
        <translation>Complete the case first: there is no result yet</translation>
    </message>
    <message>
        <source>Print the A4 report for the resident</source>
        <translation>Print the A4 report for the resident</translation>
    </message>
    <message>
        <source>Some of your parameter packs are not used:
%1</source>
        <translation>Some of your parameter packs are not used:
%1</translation>
    </message>
    <message>
        <source>The case library cannot be opened, so cases are neither saved nor autosaved until this is resolved.

%1</source>
        <translation>The case library cannot be opened, so cases are neither saved nor autosaved until this is resolved.

%1</translation>
    </message>
    <message>
        <source>Start an empty library (the damaged file is kept)</source>
        <translation>Start an empty library (the damaged file is kept)</translation>
    </message>
    <message>
        <source>Continue without the library</source>
        <translation>Continue without the library</translation>
    </message>
    <message>
        <source>The case library is damaged and cannot be read:
%1

Nothing is deleted: the damaged file is kept next to it. Restore the newest backup (cases saved since that backup are missing), or start an empty library.</source>
        <translation>The case library is damaged and cannot be read:
%1

Nothing is deleted: the damaged file is kept next to it. Restore the newest backup (cases saved since that backup are missing), or start an empty library.</translation>
    </message>
    <message>
        <source>The case library was restored from the backup %1; the damaged file is kept beside it.</source>
        <translation>The case library was restored from the backup %1; the damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>An empty case library could not be started: %1</source>
        <translation>An empty case library could not be started: %1</translation>
    </message>
    <message>
        <source>A new, empty case library was started; the damaged file is kept as %1.</source>
        <translation>A new, empty case library was started; the damaged file is kept as %1.</translation>
    </message>
    <message>
        <source>Working without the case library: cases are neither saved nor autosaved.</source>
        <translation>Working without the case library: cases are neither saved nor autosaved.</translation>
    </message>
    <message>
        <source>The autosaved case could not be read: %1</source>
        <translation>The autosaved case could not be read: %1</translation>
    </message>
    <message>
        <source>The case that was on screen last time has been restored (autosave).</source>
        <translation>The case that was on screen last time has been restored (autosave).</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Replace the case on screen? Its changes are not saved to the library or a file.</source>
        <translation>Replace the case on screen? Its changes are not saved to the library or a file.</translation>
    </message>
    <message>
        <source>The region “%1” is not among the parameter packs: choose the region again.</source>
        <translation>The region “%1” is not among the parameter packs: choose the region again.</translation>
    </message>
    <message>
        <source>The form does not show these fields of the case, so they are not kept if it is saved again: %1.</source>
        <translation>The form does not show these fields of the case, so they are not kept if it is saved again: %1.</translation>
    </message>
    <message>
        <source>The case library is not open: %1</source>
        <translation>The case library is not open: %1</translation>
    </message>
    <message>
        <source>Nothing to save yet: the form is empty.</source>
        <translation>Nothing to save yet: the form is empty.</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name or ID number first: the library finds cases by them.</source>
        <translation>Type the resident&apos;s name or ID number first: the library finds cases by them.</translation>
    </message>
    <message>
        <source>The case could not be saved: %1</source>
        <translation>The case could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved to the case library: %1.</source>
        <translation>Saved to the case library: %1.</translation>
    </message>
    <message>
        <source>Saved to the case library as typed: %1. It is not complete yet (see the fields marked in red).</source>
        <translation>Saved to the case library as typed: %1. It is not complete yet (see the fields marked in red).</translation>
    </message>
    <message>
        <source>The case is no longer in the library.</source>
        <translation>The case is no longer in the library.</translation>
    </message>
    <message>
        <source>The saved case cannot be read: %1</source>
        <translation>The saved case cannot be read: %1</translation>
    </message>
    <message>
        <source>Opened from the case library: %1.</source>
        <translation>Opened from the case library: %1.</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Open a case file</translation>
    </message>
    <message>
        <source>Case files (*.pension.json);;JSON files (*.json);;All files (*)</source>
        <translation>Case files (*.pension.json);;JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 is not a case file (too large).</source>
        <translation>%1 is not a case file (too large).</translation>
    </message>
    <message>
        <source>%1 is not a case that can be opened: %2</source>
        <translation>%1 is not a case that can be opened: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>The case is not complete: fill in or correct the fields marked in red first. (Ctrl+S keeps it in the case library as typed.)</source>
        <translation>The case is not complete: fill in or correct the fields marked in red first. (Ctrl+S keeps it in the case library as typed.)</translation>
    </message>
    <message>
        <source>Save the case as a file</source>
        <translation>Save the case as a file</translation>
    </message>
    <message>
        <source>Case files (*.pension.json)</source>
        <translation>Case files (*.pension.json)</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Case saved to %1.</translation>
    </message>
    <message>
        <source>There is nothing to print yet: complete the case first.</source>
        <translation>There is nothing to print yet: complete the case first.</translation>
    </message>
    <message>
        <source>Basic pension estimate</source>
        <translation>Basic pension estimate</translation>
    </message>
    <message>
        <source>The A4 report was sent to the printer.</source>
        <translation>The A4 report was sent to the printer.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: complete the case first.</source>
        <translation>There is nothing to export yet: complete the case first.</translation>
    </message>
    <message>
        <source>Export the A4 report as PDF</source>
        <translation>Export the A4 report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The A4 report was written to %1.</source>
        <translation>The A4 report was written to %1.</translation>
    </message>
    <message>
        <source>Export plans and year table to Excel</source>
        <translation>Export plans and year table to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The plans and the year table were written to %1.</source>
        <translation>The plans and the year table were written to %1.</translation>
    </message>
    <message>
        <source>Export the plan grid as CSV</source>
        <translation>Export the plan grid as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The plan grid was written to %1.</source>
        <translation>The plan grid was written to %1.</translation>
    </message>
    <message>
        <source>Export the year table as CSV</source>
        <translation>Export the year table as CSV</translation>
    </message>
    <message>
        <source>The year table was written to %1.</source>
        <translation>The year table was written to %1.</translation>
    </message>
    <message>
        <source>The case library is in use by another window of the program, so it is open read-only here: cases can be found and opened, but not saved, and nothing is autosaved in this window.

%1</source>
        <translation>The case library is in use by another window of the program, so it is open read-only here: cases can be found and opened, but not saved, and nothing is autosaved in this window.

%1</translation>
    </message>
    <message>
        <source>The case library cannot be written (the file or its folder is read-only), so cases are neither saved nor autosaved.

%1</source>
        <translation>The case library cannot be written (the file or its folder is read-only), so cases are neither saved nor autosaved.

%1</translation>
    </message>
    <message>
        <source>Newer backups that failed their check are not offered: %1.</source>
        <translation>Newer backups that failed their check are not offered: %1.</translation>
    </message>
    <message>
        <source>Restore the backup of %1 anyway (cases in it: %2, fewer than the %3 the damaged file shows)</source>
        <translation>Restore the backup of %1 anyway (cases in it: %2, fewer than the %3 the damaged file shows)</translation>
    </message>
    <message>
        <source>The newest good backup holds fewer cases (%1) than the damaged file still shows (%2).</source>
        <translation>The newest good backup holds fewer cases (%1) than the damaged file still shows (%2).</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (cases in it: %2)</source>
        <translation>Restore the backup of %1 (cases in it: %2)</translation>
    </message>
    <message>
        <source>No backup passes its check, so none can be restored.</source>
        <translation>No backup passes its check, so none can be restored.</translation>
    </message>
    <message>
        <source>There is no backup.</source>
        <translation>There is no backup.</translation>
    </message>
    <message>
        <source>%1 is not a case file (not a regular file).</source>
        <translation>%1 is not a case file (not a regular file).</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>Save the case on screen to the case library: over the case it was opened from or last saved to</source>
        <translation>Save the case on screen to the case library: over the case it was opened from or last saved to</translation>
    </message>
    <message>
        <source>Save to library as &amp;new case</source>
        <translation>Save to library as &amp;new case</translation>
    </message>
    <message>
        <source>Save the case on screen as a new library case, leaving the one it was opened from as it was</source>
        <translation>Save the case on screen as a new library case, leaving the one it was opened from as it was</translation>
    </message>
    <message>
        <source>Saved to the case library as a new case: %1. The case it was opened from is kept as it was.</source>
        <translation>Saved to the case library as a new case: %1. The case it was opened from is kept as it was.</translation>
    </message>
</context>
<context>
    <name>pension::gui::ExplanationModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
</context>
<context>
    <name>pension::gui::GoalModel</name>
    <message>
        <source>* short of the minimum contribution period</source>
        <translation>* short of the minimum contribution period</translation>
    </message>
    <message>
        <source>Pay for</source>
        <translation>Pay for</translation>
    </message>
    <message>
        <source>Lowest grade</source>
        <translation>Lowest grade</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>Paid by the person</source>
        <translation>Paid by the person</translation>
    </message>
    <message>
        <source>not reachable even at %1</source>
        <translation>not reachable even at %1</translation>
    </message>
</context>
<context>
    <name>pension::gui::GoalPanel</name>
    <message>
        <source>The lowest contribution grade that reaches a monthly pension, for each number of years paid from now, under the form&apos;s retirement choice; and how many years it takes at one grade. Grades to 0.1%; * short of the minimum years.</source>
        <translation>The lowest contribution grade that reaches a monthly pension, for each number of years paid from now, under the form&apos;s retirement choice; and how many years it takes at one grade. Grades to 0.1%; * short of the minimum years.</translation>
    </message>
    <message>
        <source>&amp;Target (yuan a month):</source>
        <translation>&amp;Target (yuan a month):</translation>
    </message>
    <message>
        <source>Years needed &amp;at grade:</source>
        <translation>Years needed &amp;at grade:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Back-solve a benefit sheet (核定表)</source>
        <translation>Back-solve a benefit sheet (核定表)</translation>
    </message>
    <message>
        <source>Type the figures printed on a sheet to get back the average index and the account balance that give them.</source>
        <translation>Type the figures printed on a sheet to get back the average index and the account balance that give them.</translation>
    </message>
    <message>
        <source>Pension base:</source>
        <translation>Pension base:</translation>
    </message>
    <message>
        <source>Contribution years:</source>
        <translation>Contribution years:</translation>
    </message>
    <message>
        <source>Basic pension:</source>
        <translation>Basic pension:</translation>
    </message>
    <message>
        <source>Account pension:</source>
        <translation>Account pension:</translation>
    </message>
    <message>
        <source>Annuity months:</source>
        <translation>Annuity months:</translation>
    </message>
    <message>
        <source>Type the monthly pension wanted, in yuan (1 – 100,000).</source>
        <translation>Type the monthly pension wanted, in yuan (1 – 100,000).</translation>
    </message>
    <message>
        <source>At %1: %2 reaches %3 yuan a month, costing the person %4 yuan.</source>
        <translation>At %1: %2 reaches %3 yuan a month, costing the person %4 yuan.</translation>
    </message>
    <message>
        <source>At %1 the target of %2 yuan is not reached before retirement.</source>
        <translation>At %1 the target of %2 yuan is not reached before retirement.</translation>
    </message>
    <message>
        <source>→ the three figures as printed (years with 2 decimals)</source>
        <translation>→ the three figures as printed (years with 2 decimals)</translation>
    </message>
    <message>
        <source>→ no average index gives that basic pension</source>
        <translation>→ no average index gives that basic pension</translation>
    </message>
    <message>
        <source>→ average index %1</source>
        <translation>→ average index %1</translation>
    </message>
    <message>
        <source>→ average index %1 … %2</source>
        <translation>→ average index %1 … %2</translation>
    </message>
    <message>
        <source>→ the account pension and the annuity months (1 – 300) as printed</source>
        <translation>→ the account pension and the annuity months (1 – 300) as printed</translation>
    </message>
    <message>
        <source>→ account balance at retirement %1 … %2 yuan</source>
        <translation>→ account balance at retirement %1 … %2 yuan</translation>
    </message>
    <message>
        <source>The grade is %1 – %2 of the average wage.</source>
        <translation>The grade is %1 – %2 of the average wage.</translation>
    </message>
</context>
<context>
    <name>pension::gui::GradeChart</name>
    <message>
        <source>Contribution grade (%)</source>
        <translation>Contribution grade (%)</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>Yuan a month</translation>
    </message>
    <message>
        <source>Monthly pension by grade</source>
        <translation>Monthly pension by grade</translation>
    </message>
</context>
<context>
    <name>pension::gui::GridModel</name>
    <message>
        <source>%1%2
pays %3</source>
        <translation>%1%2
pays %3</translation>
    </message>
    <message>
        <source>This retirement choice is not possible for this person.</source>
        <translation>This retirement choice is not possible for this person.</translation>
    </message>
    <message>
        <source>Grade %1, %2: retires %3 at %4
Monthly pension %5 (basic %6, account %7, transitional %8)
Contribution months %9, average index %10, account %11
Paid by the person from now: %12%13</source>
        <translation>Grade %1, %2: retires %3 at %4
Monthly pension %5 (basic %6, account %7, transitional %8)
Contribution months %9, average index %10, account %11
Paid by the person from now: %12%13</translation>
    </message>
    <message>
        <source>The grade of the form&apos;s plan</source>
        <translation>The grade of the form&apos;s plan</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>until retirement</translation>
    </message>
    <message>
        <source>Pays every month until the retirement month</source>
        <translation>Pays every month until the retirement month</translation>
    </message>
    <message>
        <source>+%1 per 10k</source>
        <translation>+%1 per 10k</translation>
    </message>
    <message>
        <source>Paid back (break-even) at %1, with yearly increases</source>
        <translation>Paid back (break-even) at %1, with yearly increases</translation>
    </message>
    <message>
        <source>What is paid is not received back by the age of 100</source>
        <translation>What is paid is not received back by the age of 100</translation>
    </message>
    <message>
        <source>Each 10,000 yuan paid more than at %1 buys %2 yuan a month more</source>
        <translation>Each 10,000 yuan paid more than at %1 buys %2 yuan a month more</translation>
    </message>
    <message>
        <source>Each 10,000 yuan for paying one year longer buys %1 yuan a month more</source>
        <translation>Each 10,000 yuan for paying one year longer buys %1 yuan a month more</translation>
    </message>
    <message>
        <source>✘ short of the minimum contribution period: not payable at this retirement month</source>
        <translation>✘ short of the minimum contribution period: not payable at this retirement month</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>not possible</translation>
    </message>
    <message>
        <source>%1 yuan a month, pays %2</source>
        <translation>%1 yuan a month, pays %2</translation>
    </message>
    <message>
        <source>not payable, short of the minimum contribution period (%1 yuan a month only if it were met), pays %2</source>
        <translation>not payable, short of the minimum contribution period (%1 yuan a month only if it were met), pays %2</translation>
    </message>
</context>
<context>
    <name>pension::gui::GridPage</name>
    <message>
        <source>&amp;Retirement:</source>
        <translation>&amp;Retirement:</translation>
    </message>
    <message>
        <source>Pinned plans</source>
        <translation>Pinned plans</translation>
    </message>
    <message>
        <source>&amp;Pin plan</source>
        <translation>&amp;Pin plan</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>Clear pins</translation>
    </message>
    <message>
        <source>Value of 10,000 yuan &amp;more</source>
        <translation>Value of 10,000 yuan &amp;more</translation>
    </message>
    <message>
        <source>Second line of each cell: how much more a month each extra 10,000 yuan paid buys, against the next lower grade</source>
        <translation>Second line of each cell: how much more a month each extra 10,000 yuan paid buys, against the next lower grade</translation>
    </message>
    <message>
        <source>Rows: contribution grade; columns: how many more years to pay. Each cell: the monthly pension and what the person pays from now (or, ticked, how much more a month each extra 10,000 yuan buys against the grade below); the tooltip adds the break-even age. Select a cell to see the plan in full; Enter or double-click pins it (up to four). Red cells marked ✘ fall short of the minimum contribution period: that pension is not paid at that retirement month.</source>
        <translation>Rows: contribution grade; columns: how many more years to pay. Each cell: the monthly pension and what the person pays from now (or, ticked, how much more a month each extra 10,000 yuan buys against the grade below); the tooltip adds the break-even age. Select a cell to see the plan in full; Enter or double-click pins it (up to four). Red cells marked ✘ fall short of the minimum contribution period: that pension is not paid at that retirement month.</translation>
    </message>
</context>
<context>
    <name>pension::gui::LedgerModel</name>
    <message>
        <source>Average wage of %1: %2 yuan (%3)</source>
        <translation>Average wage of %1: %2 yuan (%3)</translation>
    </message>
    <message>
        <source>Interest rate of %1: %2</source>
        <translation>Interest rate of %1: %2</translation>
    </message>
</context>
<context>
    <name>pension::gui::LibraryDialog</name>
    <message>
        <source>Case library</source>
        <translation>Case library</translation>
    </message>
    <message>
        <source>&amp;Find (name or ID number):</source>
        <translation>&amp;Find (name or ID number):</translation>
    </message>
    <message>
        <source>Type to search; ↑ ↓ choose, Enter opens</source>
        <translation>Type to search; ↑ ↓ choose, Enter opens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected case in the form (Enter)</source>
        <translation>Open the selected case in the form (Enter)</translation>
    </message>
    <message>
        <source>&amp;Copy as new case</source>
        <translation>&amp;Copy as new case</translation>
    </message>
    <message>
        <source>Save a copy of the selected case under a new entry, e.g. to try another plan</source>
        <translation>Save a copy of the selected case under a new entry, e.g. to try another plan</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected case from the library (Delete key in the list); asks first</source>
        <translation>Delete the selected case from the library (Delete key in the list); asks first</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>The case library is not open: %1</source>
        <translation>The case library is not open: %1</translation>
    </message>
    <message>
        <source>The library is empty: save a case with Ctrl+S.</source>
        <translation>The library is empty: save a case with Ctrl+S.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>No case matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>The copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Copied as a new case: “%1”. Enter opens it.</source>
        <translation>Copied as a new case: “%1”. Enter opens it.</translation>
    </message>
    <message>
        <source>Delete the case of %1 from the library? This cannot be undone.</source>
        <translation>Delete the case of %1 from the library? This cannot be undone.</translation>
    </message>
    <message>
        <source>The case could not be deleted: %1</source>
        <translation>The case could not be deleted: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
</context>
<context>
    <name>pension::gui::LifetimePanel</name>
    <message>
        <source>Amounts in &amp;today&apos;s money</source>
        <translation>Amounts in &amp;today&apos;s money</translation>
    </message>
    <message>
        <source>Divides every amount by the assumed inflation from the calculation date, so amounts of different years can be compared</source>
        <translation>Divides every amount by the assumed inflation from the calculation date, so amounts of different years can be compared</translation>
    </message>
    <message>
        <source>Break-even age: the pension received equals what the person paid</source>
        <translation>Break-even age: the pension received equals what the person paid</translation>
    </message>
    <message>
        <source>Paid and received by each age</source>
        <translation>Paid and received by each age</translation>
    </message>
    <message>
        <source>This plan is short of the minimum years: no pension is paid until the minimum is reached (see Short of minimum). The figures below assume the pension from the retirement month.</source>
        <translation>This plan is short of the minimum years: no pension is paid until the minimum is reached (see Short of minimum). The figures below assume the pension from the retirement month.</translation>
    </message>
    <message>
        <source>Totals at the birthday month. What remains in the personal account at death is inherited (see Survivors) and is not counted here.</source>
        <translation>Totals at the birthday month. What remains in the personal account at death is inherited (see Survivors) and is not counted here.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>not reached by the age of 100</source>
        <translation>not reached by the age of 100</translation>
    </message>
    <message>
        <source>The employer pays its share besides: %1 yuan%2 from now to retirement. It is not the person&apos;s money and is not counted here.</source>
        <translation>The employer pays its share besides: %1 yuan%2 from now to retirement. It is not the person&apos;s money and is not counted here.</translation>
    </message>
    <message>
        <source>In today&apos;s money: each amount divided by %1% inflation a year from the calculation date. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %2% a year (an assumption).</source>
        <translation>In today&apos;s money: each amount divided by %1% inflation a year from the calculation date. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %2% a year (an assumption).</translation>
    </message>
    <message>
        <source>Nominal yuan. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %1% a year (an assumption).</source>
        <translation>Nominal yuan. The pension is raised each January by the province&apos;s scheme where the pack has it, else by the published national rate, then by %1% a year (an assumption).</translation>
    </message>
    <message>
        <source>Paid by the person: %1 yuan in all; %2 yuan%3 of it from now to retirement. A flexible worker pays the whole %4 of the base.</source>
        <translation>Paid by the person: %1 yuan in all; %2 yuan%3 of it from now to retirement. A flexible worker pays the whole %4 of the base.</translation>
    </message>
    <message>
        <source>Of those %3, %4 go to the personal account and %5 to the pooled fund (%1 yuan%2 of the payments from now).</source>
        <translation>Of those %3, %4 go to the personal account and %5 to the pooled fund (%1 yuan%2 of the payments from now).</translation>
    </message>
    <message>
        <source>Paid by the person (%4 of the wage): %1 yuan in all; %2 yuan%3 of it from now to retirement.</source>
        <translation>Paid by the person (%4 of the wage): %1 yuan in all; %2 yuan%3 of it from now to retirement.</translation>
    </message>
</context>
<context>
    <name>pension::gui::LifetimeTotalsModel</name>
    <message>
        <source>%1 (life expectancy)</source>
        <translation>%1 (life expectancy)</translation>
    </message>
    <message>
        <source>Life expectancy at birth in the parameter pack; the totals are those of the birthday month.</source>
        <translation>Life expectancy at birth in the parameter pack; the totals are those of the birthday month.</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
<context>
    <name>pension::gui::MainWindow</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pension Planner&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Estimates the basic pension of China&apos;s enterprise employees (企业职工基本养老保险) from a statement or a contribution history, and compares plans. Offline; the parameter packs are built in.&lt;/p&gt;&lt;p&gt;An estimate: the social-insurance agency&apos;s determination prevails.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pension Planner&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Estimates the basic pension of China&apos;s enterprise employees (企业职工基本养老保险) from a statement or a contribution history, and compares plans. Offline; the parameter packs are built in.&lt;/p&gt;&lt;p&gt;An estimate: the social-insurance agency&apos;s determination prevails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pension Planner — enterprise employees&apos; basic pension</source>
        <translation>Pension Planner — enterprise employees&apos; basic pension</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation>Compare plans</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>How it is calculated</source>
        <translation>How it is calculated</translation>
    </message>
    <message>
        <source>Personal account, year by year (figures in brown are assumptions)</source>
        <translation>Personal account, year by year (figures in brown are assumptions)</translation>
    </message>
    <message>
        <source>Each figure of the result, in the order the agency computes it, with the numbers filled in and the regulation it comes from.</source>
        <translation>Each figure of the result, in the order the agency computes it, with the numbers filled in and the regulation it comes from.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Clear the form for the next resident</source>
        <translation>Clear the form for the next resident</translation>
    </message>
    <message>
        <source>&amp;Recalculate</source>
        <translation>&amp;Recalculate</translation>
    </message>
    <message>
        <source>&amp;Print A4 report…</source>
        <translation>&amp;Print A4 report…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Large font (for the person across the desk)</source>
        <translation>&amp;Large font (for the person across the desk)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>To calculate, fill in: %1.</source>
        <translation>To calculate, fill in: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing is calculated while a field is marked in red: correct it first.</source>
        <translation>Nothing is calculated while a field is marked in red: correct it first.</translation>
    </message>
    <message>
        <source>Statutory %1 (%2); possible %3 – %4</source>
        <translation>Statutory %1 (%2); possible %3 – %4</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Clear this case and start a new one? What was typed is not kept.</source>
        <translation>Clear this case and start a new one? What was typed is not kept.</translation>
    </message>
    <message>
        <source>%1, %2; retire: %3</source>
        <translation>%1, %2; retire: %3</translation>
    </message>
    <message>
        <source>Beyond</source>
        <translation>Beyond</translation>
    </message>
    <message>
        <source>Left: the plan grid&apos;s retirement choice (see Compare plans). Break-even counts what the person pays against the pension received with its yearly increases, in nominal yuan (today&apos;s money: see Beyond); the account remainder is inheritable and not counted.</source>
        <translation>Left: the plan grid&apos;s retirement choice (see Compare plans). Break-even counts what the person pays against the pension received with its yearly increases, in nominal yuan (today&apos;s money: see Beyond); the account remainder is inheritable and not counted.</translation>
    </message>
    <message>
        <source>&amp;Resident view (full screen)</source>
        <translation>&amp;Resident view (full screen)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 yuan a month</source>
        <translation>%1 yuan a month</translation>
    </message>
    <message>
        <source>✘ %1 months short: %2 yuan a month after paying on until %3</source>
        <translation>✘ %1 months short: %2 yuan a month after paying on until %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · parameters %2 · calculated as of %3</source>
        <translation>%1 · parameters %2 · calculated as of %3</translation>
    </message>
</context>
<context>
    <name>pension::gui::ParameterEditor</name>
    <message>
        <source>Parameter packs</source>
        <translation>Parameter packs</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Change &amp;log</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enter a newly published figure (or correct one: Enter on a row above copies it here)</source>
        <translation>Enter a newly published figure (or correct one: Enter on a row above copies it here)</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Applies from:</translation>
    </message>
    <message>
        <source>a year like 2026, or a month like 2026-07</source>
        <translation>a year like 2026, or a month like 2026-07</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>as published, e.g. 7950 or 2.5</source>
        <translation>as published, e.g. 7950 or 2.5</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Con&amp;fidence:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>the document number (文号) and where it was read — required</source>
        <translation>the document number (文号) and where it was read — required</translation>
    </message>
    <message>
        <source>Published in (&amp;month):</source>
        <translation>Published in (&amp;month):</translation>
    </message>
    <message>
        <source>YYYY-MM, the month the figure became known</source>
        <translation>YYYY-MM, the month the figure became known</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Sa&amp;ve figure</source>
        <translation>Sa&amp;ve figure</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Import pack…</translation>
    </message>
    <message>
        <source>Add or replace a parameter pack from a file; it is checked before it is used</source>
        <translation>Add or replace a parameter pack from a file; it is checked before it is used</translation>
    </message>
    <message>
        <source>&amp;Export pack…</source>
        <translation>&amp;Export pack…</translation>
    </message>
    <message>
        <source>Write the selected pack, as in force, to a file</source>
        <translation>Write the selected pack, as in force, to a file</translation>
    </message>
    <message>
        <source>&amp;Back to shipped version…</source>
        <translation>&amp;Back to shipped version…</translation>
    </message>
    <message>
        <source>Remove the local copy of the selected pack; the change log keeps its record</source>
        <translation>Remove the local copy of the selected pack; the change log keeps its record</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Every change of a parameter pack made here: who, when, which figure, the value before and after, and the source given. Newest first.</source>
        <translation>Every change of a parameter pack made here: who, when, which figure, the value before and after, and the source given. Newest first.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>[local]</source>
        <translation>[local]</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>City: %1</translation>
    </message>
    <message>
        <source>%1: no figures of its own; the province&apos;s apply</source>
        <translation>%1: no figures of its own; the province&apos;s apply</translation>
    </message>
    <message>
        <source>Pack %1, version %2</source>
        <translation>Pack %1, version %2</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>imported: %1</translation>
    </message>
    <message>
        <source>local copy %1 (shipped: %2)</source>
        <translation>local copy %1 (shipped: %2)</translation>
    </message>
    <message>
        <source>Set your name in Preferences first: every change records who made it.</source>
        <translation>Set your name in Preferences first: every change records who made it.</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Recorded as %1</translation>
    </message>
    <message>
        <source>Choose a series in the list.</source>
        <translation>Choose a series in the list.</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <source>Choose a dated series in the list first.</source>
        <translation>Choose a dated series in the list first.</translation>
    </message>
    <message>
        <source>Set your name in Preferences first (Ctrl+,): every change records who made it.</source>
        <translation>Set your name in Preferences first (Ctrl+,): every change records who made it.</translation>
    </message>
    <message>
        <source>The change log (in the case library) is not open: no change can be recorded.</source>
        <translation>The change log (in the case library) is not open: no change can be recorded.</translation>
    </message>
    <message>
        <source>required: a year like 2026 or a month like 2026-07</source>
        <translation>required: a year like 2026 or a month like 2026-07</translation>
    </message>
    <message>
        <source>The figure is saved, but the change log could not record it: %1</source>
        <translation>The figure is saved, but the change log could not record it: %1</translation>
    </message>
    <message>
        <source>Saved %1 = %2 from %3 in pack %4, version %5. Results now use this version.</source>
        <translation>Saved %1 = %2 from %3 in pack %4, version %5. Results now use this version.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Not imported: %1 has no pack id.</source>
        <translation>Not imported: %1 has no pack id.</translation>
    </message>
    <message>
        <source>Replace pack %1 version %2 with version %3 from %4?</source>
        <translation>Replace pack %1 version %2 with version %3 from %4?</translation>
    </message>
    <message>
        <source>Imported pack %1, version %2. Results now use it.</source>
        <translation>Imported pack %1, version %2. Results now use it.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Pack %1, version %2, written to %3.</source>
        <translation>Pack %1, version %2, written to %3.</translation>
    </message>
    <message>
        <source>Import a parameter pack</source>
        <translation>Import a parameter pack</translation>
    </message>
    <message>
        <source>Parameter packs (*.json)</source>
        <translation>Parameter packs (*.json)</translation>
    </message>
    <message>
        <source>Export a parameter pack</source>
        <translation>Export a parameter pack</translation>
    </message>
    <message>
        <source>Remove the imported pack %1 (version %2)? Cases of its regions can no longer be calculated.</source>
        <translation>Remove the imported pack %1 (version %2)? Cases of its regions can no longer be calculated.</translation>
    </message>
    <message>
        <source>Go back to the shipped version %1 of pack %2? The local version %3 is removed; the change log keeps its record.</source>
        <translation>Go back to the shipped version %1 of pack %2? The local version %3 is removed; the change log keeps its record.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 cannot be removed.</translation>
    </message>
    <message>
        <source>local copy removed</source>
        <translation>local copy removed</translation>
    </message>
    <message>
        <source>Pack %1 removed.</source>
        <translation>Pack %1 removed.</translation>
    </message>
    <message>
        <source>Pack %1 is back to the shipped version %2.</source>
        <translation>Pack %1 is back to the shipped version %2.</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathChart</name>
    <message>
        <source>Monthly pension after retirement, with yearly increases</source>
        <translation>Monthly pension after retirement, with yearly increases</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>Yuan a month</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathModel</name>
    <message>
        <source>retirement</source>
        <translation>retirement</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
</context>
<context>
    <name>pension::gui::PensionPathPanel</name>
    <message>
        <source>The pension from retirement, raised each January by the province&apos;s scheme (fixed, per-year, percent and age amounts) in the years the parameter pack %1 has it, else by the national overall adjustment level, then the assumption of %2% a year (in brown). Nominal yuan.</source>
        <translation>The pension from retirement, raised each January by the province&apos;s scheme (fixed, per-year, percent and age amounts) in the years the parameter pack %1 has it, else by the national overall adjustment level, then the assumption of %2% a year (in brown). Nominal yuan.</translation>
    </message>
</context>
<context>
    <name>pension::gui::PinsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no, %1 months short</source>
        <translation>no, %1 months short</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Provisional (预发)</source>
        <translation>Provisional (预发)</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>Contribution years</translation>
    </message>
    <message>
        <source>Monthly vs plan 1</source>
        <translation>Monthly vs plan 1</translation>
    </message>
    <message>
        <source>Paid vs plan 1</source>
        <translation>Paid vs plan 1</translation>
    </message>
    <message>
        <source>Monthly per 10,000 more paid</source>
        <translation>Monthly per 10,000 more paid</translation>
    </message>
    <message>
        <source>%1, %2;
retire: %3</source>
        <translation>%1, %2;
retire: %3</translation>
    </message>
</context>
<context>
    <name>pension::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Clerk name:</source>
        <translation>&amp;Clerk name:</translation>
    </message>
    <message>
        <source>Printed on the A4 report and recorded with every change of a parameter pack.</source>
        <translation>Printed on the A4 report and recorded with every change of a parameter pack.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>pension::gui::ResidentView</name>
    <message>
        <source>For the resident</source>
        <translation>For the resident</translation>
    </message>
    <message>
        <source>The plans compared</source>
        <translation>The plans compared</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>F11 or Esc: back to the counter screen</source>
        <translation>F11 or Esc: back to the counter screen</translation>
    </message>
</context>
<context>
    <name>pension::gui::ResultView</name>
    <message>
        <source>Back to the form&apos;s plan</source>
        <translation>Back to the form&apos;s plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>Statutory age</source>
        <translation>Statutory age</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>An estimate: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>An estimate: the social-insurance agency&apos;s determination prevails (以经办机构核定为准).</translation>
    </message>
    <message>
        <source>Showing a plan from the grid: %1</source>
        <translation>Showing a plan from the grid: %1</translation>
    </message>
    <message>
        <source>Monthly pension once the %1 base is published</source>
        <translation>Monthly pension once the %1 base is published</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>a month, on the %1 pension base of %2 yuan (%3); paid from %4</source>
        <translation>a month, on the %1 pension base of %2 yuan (%3); paid from %4</translation>
    </message>
    <message>
        <source>Final
%1 base</source>
        <translation>Final
%1 base</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Provisional (预发)
%1 base %2</source>
        <translation>Provisional (预发)
%1 base %2</translation>
    </message>
    <message>
        <source>Paid at the provisional rate until the %1 base is published (%2%3); then the difference for %4 months is paid back: about %5 yuan.</source>
        <translation>Paid at the provisional rate until the %1 base is published (%2%3); then the difference for %4 months is paid back: about %5 yuan.</translation>
    </message>
    <message>
        <source>, expected</source>
        <translation>, expected</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, at %2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 months added by the 2024 decision); flexible window %4 – %5</source>
        <translation>%1 at %2 (%3 months added by the 2024 decision); flexible window %4 – %5</translation>
    </message>
    <message>
        <source>%1 months = %2 years (deemed and before the account: %3 years); minimum %4 months for %5</source>
        <translation>%1 months = %2 years (deemed and before the account: %3 years); minimum %4 months for %5</translation>
    </message>
    <message>
        <source>average index %1; indexed wage %2 yuan</source>
        <translation>average index %1; indexed wage %2 yuan</translation>
    </message>
    <message>
        <source>%1 yuan at retirement ÷ %2 annuity months</source>
        <translation>%1 yuan at retirement ÷ %2 annuity months</translation>
    </message>
    <message>
        <source>%1 yuan from now to retirement (employer or pooled share %2); %3 yuan in the record and plan</source>
        <translation>%1 yuan from now to retirement (employer or pooled share %2); %3 yuan in the record and plan</translation>
    </message>
    <message>
        <source>✔ Meets the minimum contribution period.</source>
        <translation>✔ Meets the minimum contribution period.</translation>
    </message>
    <message>
        <source>✘ Short of the minimum by %1 months. Paying on after the retirement age, the minimum is reached in %2, costing about %3 yuan as a flexible worker.</source>
        <translation>✘ Short of the minimum by %1 months. Paying on after the retirement age, the minimum is reached in %2, costing about %3 yuan as a flexible worker.</translation>
    </message>
    <message>
        <source>Parameters: %1 · calculated as of %2 · %3</source>
        <translation>Parameters: %1 · calculated as of %2 · %3</translation>
    </message>
    <message>
        <source>Local items: %1</source>
        <translation>Local items: %1</translation>
    </message>
    <message>
        <source>Also in &amp;today&apos;s money</source>
        <translation>Also in &amp;today&apos;s money</translation>
    </message>
    <message>
        <source>The monthly figures deflated to the calculation date with the inflation assumption; the pension itself is paid in the nominal amounts</source>
        <translation>The monthly figures deflated to the calculation date with the inflation assumption; the pension itself is paid in the nominal amounts</translation>
    </message>
    <message>
        <source>In today&apos;s money
(%1)</source>
        <translation>In today&apos;s money
(%1)</translation>
    </message>
    <message>
        <source>Today&apos;s money: the figures of %1 deflated to %2 at the assumed inflation of %3% a year. What is paid is the nominal amount.</source>
        <translation>Today&apos;s money: the figures of %1 deflated to %2 at the assumed inflation of %3% a year. What is paid is the nominal amount.</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months. Paying on until %4 is needed.</source>
        <translation>✘ No pension in %1: %2 months short of the minimum of %3 months. Paying on until %4 is needed.</translation>
    </message>
    <message>
        <source>Monthly pension after paying on until %1</source>
        <translation>Monthly pension after paying on until %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>a month from %1, paying %2 more months as a flexible worker (about %3 yuan). The figures below, for %4, are not paid: the minimum is not met then.</source>
        <translation>a month from %1, paying %2 more months as a flexible worker (about %3 yuan). The figures below, for %4, are not paid: the minimum is not met then.</translation>
    </message>
    <message>
        <source>Not payable
(minimum not met)</source>
        <translation>Not payable
(minimum not met)</translation>
    </message>
</context>
<context>
    <name>pension::gui::ShortfallModel</name>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Months to pay</source>
        <translation>Months to pay</translation>
    </message>
    <message>
        <source>Minimum reached in</source>
        <translation>Minimum reached in</translation>
    </message>
    <message>
        <source>Cost to the person</source>
        <translation>Cost to the person</translation>
    </message>
</context>
<context>
    <name>pension::gui::ShortfallPanel</name>
    <message>
        <source>Short of the minimum by %1 months: %2 months are needed to draw a pension on retiring in %3; the record and the plan reach %4 months.</source>
        <translation>Short of the minimum by %1 months: %2 months are needed to draw a pension on retiring in %3; the record and the plan reach %4 months.</translation>
    </message>
    <message>
        <source>Paying on after the retirement age as a flexible worker (社会保险法 第十六条; 人社部令第13号) for %1 months, until %2. What it costs the person at each standard grade:</source>
        <translation>Paying on after the retirement age as a flexible worker (社会保险法 第十六条; 人社部令第13号) for %1 months, until %2. What it costs the person at each standard grade:</translation>
    </message>
    <message>
        <source>Or transfer to the urban and rural residents&apos; basic pension (城乡居民基本养老保险): the personal account of %1 yuan moves whole and the contribution years count there (人社部发〔2014〕17号).</source>
        <translation>Or transfer to the urban and rural residents&apos; basic pension (城乡居民基本养老保险): the personal account of %1 yuan moves whole and the contribution years count there (人社部发〔2014〕17号).</translation>
    </message>
    <message>
        <source>Insured before 2011-07-01: if still short after five years of paying on, the remaining %1 months may be paid at once (人社部令第13号 第二条).</source>
        <translation>Insured before 2011-07-01: if still short after five years of paying on, the remaining %1 months may be paid at once (人社部令第13号 第二条).</translation>
    </message>
    <message>
        <source>No one-off payment for this person: paying missing years at once is allowed only to people insured before 2011-07-01 who are still short after five years of paying on (人社部令第13号 第二条).</source>
        <translation>No one-off payment for this person: paying missing years at once is allowed only to people insured before 2011-07-01 who are still short after five years of paying on (人社部令第13号 第二条).</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorChart</name>
    <message>
        <source>What the family receives, by age at death</source>
        <translation>What the family receives, by age at death</translation>
    </message>
    <message>
        <source>Age at death</source>
        <translation>Age at death</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorModel</name>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Urban per-capita disposable income of %1: %2 yuan a month (%3)</source>
        <translation>Urban per-capita disposable income of %1: %2 yuan a month (%3)</translation>
    </message>
    <message>
        <source>The account at retirement less the account pension paid out of it so far</source>
        <translation>The account at retirement less the account pension paid out of it so far</translation>
    </message>
    <message>
        <source>The account with its interest up to the month of death</source>
        <translation>The account with its interest up to the month of death</translation>
    </message>
    <message>
        <source>%1 contribution months at death</source>
        <translation>%1 contribution months at death</translation>
    </message>
    <message>
        <source>Age at death</source>
        <translation>Age at death</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>Funeral grant</translation>
    </message>
    <message>
        <source>Survivor pension</source>
        <translation>Survivor pension</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Account remainder</source>
        <translation>Account remainder</translation>
    </message>
    <message>
        <source>Family receives</source>
        <translation>Family receives</translation>
    </message>
    <message>
        <source>Income base (year)</source>
        <translation>Income base (year)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): enter it in the parameter editor.</source>
        <translation>The region&apos;s parameter pack has no urban per-capita disposable income (urbanDisposableIncome): enter it in the parameter editor.</translation>
    </message>
</context>
<context>
    <name>pension::gui::SurvivorPanel</name>
    <message>
        <source>If the person dies, the family receives a funeral grant (丧葬补助金, 2 months) and a survivor pension (抚恤金: 3 to 24 months by contribution years; after retirement one month fewer per year drawn, at least 9) of the province&apos;s monthly urban per-capita disposable income of the year before death (人社部发〔2021〕18号), and inherits what remains in the personal account (国发〔2005〕38号). Nominal yuan, for a death in the birthday month.</source>
        <translation>If the person dies, the family receives a funeral grant (丧葬补助金, 2 months) and a survivor pension (抚恤金: 3 to 24 months by contribution years; after retirement one month fewer per year drawn, at least 9) of the province&apos;s monthly urban per-capita disposable income of the year before death (人社部发〔2021〕18号), and inherits what remains in the personal account (国发〔2005〕38号). Nominal yuan, for a death in the birthday month.</translation>
    </message>
    <message>
        <source>The income base of every year shown is published.</source>
        <translation>The income base of every year shown is published.</translation>
    </message>
    <message>
        <source>The income base of every year shown is assumed: the last published figure grown by the wage-growth assumption (in brown).</source>
        <translation>The income base of every year shown is assumed: the last published figure grown by the wage-growth assumption (in brown).</translation>
    </message>
    <message>
        <source>The income base is published up to %1; from %2 on it is assumed: the last published figure grown by the wage-growth assumption (in brown).</source>
        <translation>The income base is published up to %1; from %2 on it is assumed: the last published figure grown by the wage-growth assumption (in brown).</translation>
    </message>
    <message>
        <source>The region&apos;s parameter pack has no urban per-capita disposable income, the base of the funeral grant and the survivor pension: they are not computed (unknown). Enter the figure in the parameter editor.</source>
        <translation>The region&apos;s parameter pack has no urban per-capita disposable income, the base of the funeral grant and the survivor pension: they are not computed (unknown). Enter the figure in the parameter editor.</translation>
    </message>
</context>
<context>
    <name>pension::gui::main</name>
    <message>
        <source>usage: pension-planner [--lang zh|en] [FILE.pension.json]</source>
        <translation>usage: pension-planner [--lang zh|en] [FILE.pension.json]</translation>
    </message>
    <message>
        <source>The pension projection desktop program. Given a case file, it opens that case.</source>
        <translation>The pension projection desktop program. Given a case file, it opens that case.</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>options:</translation>
    </message>
    <message>
        <source>the interface language for this start</source>
        <translation>the interface language for this start</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
</context>
<context>
    <name>pension::report</name>
    <message>
        <source>Account balance</source>
        <translation>Account balance</translation>
    </message>
    <message>
        <source>Paid by the person, cumulative</source>
        <translation>Paid by the person, cumulative</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Basic pension estimate (企业职工基本养老保险 养老金测算单)</source>
        <translation>Basic pension estimate (企业职工基本养老保险 养老金测算单)</translation>
    </message>
    <message>
        <source>Region: %1 · Parameters: %2 · Calculated as of %3</source>
        <translation>Region: %1 · Parameters: %2 · Calculated as of %3</translation>
    </message>
    <message>
        <source>Resident and record</source>
        <translation>Resident and record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex / born / track</source>
        <translation>Sex / born / track</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Record as of</source>
        <translation>Record as of</translation>
    </message>
    <message>
        <source>Deemed / pre-account / account months</source>
        <translation>Deemed / pre-account / account months</translation>
    </message>
    <message>
        <source>Average index / account balance</source>
        <translation>Average index / account balance</translation>
    </message>
    <message>
        <source>Contribution history</source>
        <translation>Contribution history</translation>
    </message>
    <message>
        <source>%1 years of records</source>
        <translation>%1 years of records</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>retirement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>no further contributions</source>
        <translation>no further contributions</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>%1 at %2 (statutory %3, window %4 … %5)</source>
        <translation>%1 at %2 (statutory %3, window %4 … %5)</translation>
    </message>
    <message>
        <source>Contribution months / minimum</source>
        <translation>Contribution months / minimum</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>Provisional (预发)</source>
        <translation>Provisional (预发)</translation>
    </message>
    <message>
        <source>%1 a month on the %2 base; back pay about %3</source>
        <translation>%1 a month on the %2 base; back pay about %3</translation>
    </message>
    <message>
        <source>How each figure is calculated</source>
        <translation>How each figure is calculated</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Notes and assumptions</source>
        <translation>Notes and assumptions</translation>
    </message>
    <message>
        <source>Account balance and payments</source>
        <translation>Account balance and payments</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <source>This is an estimate. The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</source>
        <translation>This is an estimate. The social-insurance agency&apos;s determination prevails (以经办机构核定为准).</translation>
    </message>
    <message>
        <source>Clerk: %1    Date: %2</source>
        <translation>Clerk: %1    Date: %2</translation>
    </message>
    <message>
        <source>Basic pension estimate</source>
        <translation>Basic pension estimate</translation>
    </message>
    <message>
        <source>flexible worker (pays %1)</source>
        <translation>flexible worker (pays %1)</translation>
    </message>
    <message>
        <source>employee (pays %1)</source>
        <translation>employee (pays %1)</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 to %2 at %3</translation>
    </message>
    <message>
        <source>✘ No pension in %1: %2 months short of the minimum of %3 months.</source>
        <translation>✘ No pension in %1: %2 months short of the minimum of %3 months.</translation>
    </message>
    <message>
        <source>Paying on as a flexible worker until %1 (about %2 yuan), the pension is %3 yuan a month from %4.</source>
        <translation>Paying on as a flexible worker until %1 (about %2 yuan), the pension is %3 yuan a month from %4.</translation>
    </message>
    <message>
        <source>Paying on as a flexible worker until %1 (about %2 yuan) is needed.</source>
        <translation>Paying on as a flexible worker until %1 (about %2 yuan) is needed.</translation>
    </message>
    <message>
        <source>Monthly pension if the minimum were met (not paid)</source>
        <translation>Monthly pension if the minimum were met (not paid)</translation>
    </message>
    <message>
        <source>✘ on red: short of the minimum contribution period; that pension is not paid at that retirement month.</source>
        <translation>✘ on red: short of the minimum contribution period; that pension is not paid at that retirement month.</translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1 y %2 m</translation>
    </message>
    <message>
        <source>until retirement</source>
        <translation>until retirement</translation>
    </message>
    <message>
        <source>Grade, paying</source>
        <translation>Grade, paying</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paid from now</source>
        <translation>Paid from now</translation>
    </message>
    <message>
        <source>Break-even age</source>
        <translation>Break-even age</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>Monthly vs plan 1</source>
        <translation>Monthly vs plan 1</translation>
    </message>
    <message>
        <source>Paid vs plan 1</source>
        <translation>Paid vs plan 1</translation>
    </message>
    <message>
        <source>Break-even age vs plan 1</source>
        <translation>Break-even age vs plan 1</translation>
    </message>
    <message>
        <source>Plans compared side by side</source>
        <translation>Plans compared side by side</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Plan %1 cannot be estimated: %2</source>
        <translation>Plan %1 cannot be estimated: %2</translation>
    </message>
    <message>
        <source>Every grade and length of payment (monthly pension / paid by the person)</source>
        <translation>Every grade and length of payment (monthly pension / paid by the person)</translation>
    </message>
</context>
<context>
    <name>pension::safefile</name>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>the data could not be written</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>it was not opened</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>pension::storage::CaseLibrary</name>
    <message>
        <source>The case library cannot be opened: %1</source>
        <translation>The case library cannot be opened: %1</translation>
    </message>
    <message>
        <source>The case library %1 is damaged. Restore the newest backup, or move the file away to start an empty library.</source>
        <translation>The case library %1 is damaged. Restore the newest backup, or move the file away to start an empty library.</translation>
    </message>
    <message>
        <source>The case library was written by a newer version of the program (schema %1).</source>
        <translation>The case library was written by a newer version of the program (schema %1).</translation>
    </message>
    <message>
        <source>Upgrading the case library from schema %1 failed: %2</source>
        <translation>Upgrading the case library from schema %1 failed: %2</translation>
    </message>
    <message>
        <source>There is no backup of the case library.</source>
        <translation>There is no backup of the case library.</translation>
    </message>
    <message>
        <source>Copying the backup %1 failed.</source>
        <translation>Copying the backup %1 failed.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>the file is not a case library or is cut short</source>
        <translation>the file is not a case library or is cut short</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>it cannot be opened</translation>
    </message>
    <message>
        <source>it fails its integrity check (%1)</source>
        <translation>it fails its integrity check (%1)</translation>
    </message>
    <message>
        <source>it holds no case table</source>
        <translation>it holds no case table</translation>
    </message>
    <message>
        <source>The case library %1 is in use by another window of the program: it is open read-only here.</source>
        <translation>The case library %1 is in use by another window of the program: it is open read-only here.</translation>
    </message>
    <message>
        <source>The case library %1 cannot be written (read-only file or folder).</source>
        <translation>The case library %1 cannot be written (read-only file or folder).</translation>
    </message>
    <message>
        <source>The case library %1 is damaged (%2). Restore a backup, or move the file away to start an empty library.</source>
        <translation>The case library %1 is damaged (%2). Restore a backup, or move the file away to start an empty library.</translation>
    </message>
    <message>
        <source>the database did not accept the write</source>
        <translation>the database did not accept the write</translation>
    </message>
    <message>
        <source>The case library is not open.</source>
        <translation>The case library is not open.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be created: %2</source>
        <translation>The backup %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>The backup %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2) and was removed.</source>
        <translation>The backup %1 failed its check (%2) and was removed.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>The backup %1 could not be put in place.</translation>
    </message>
    <message>
        <source>The backup %1 is not restored: %2.</source>
        <translation>The backup %1 is not restored: %2.</translation>
    </message>
    <message>
        <source>The damaged library %1 cannot be moved aside.</source>
        <translation>The damaged library %1 cannot be moved aside.</translation>
    </message>
    <message>
        <source>No backup of the case library passes its check: %1</source>
        <translation>No backup of the case library passes its check: %1</translation>
    </message>
</context>
<context>
    <name>pension::texts</name>
    <message>
        <source>The %1 pension base (%2) is used provisionally (预发) until the retirement year&apos;s base is published (%3); the difference is paid back then: about %4 yuan.</source>
        <translation>The %1 pension base (%2) is used provisionally (预发) until the retirement year&apos;s base is published (%3); the difference is paid back then: about %4 yuan.</translation>
    </message>
    <message>
        <source>Average wages for %1 are not published: projected with %2% yearly growth (an assumption).</source>
        <translation>Average wages for %1 are not published: projected with %2% yearly growth (an assumption).</translation>
    </message>
    <message>
        <source>The %1 account interest rate is provisional, not yet officially published.</source>
        <translation>The %1 account interest rate is provisional, not yet officially published.</translation>
    </message>
    <message>
        <source>Some figures of the parameter pack used here are assumptions (%1); see the year table.</source>
        <translation>Some figures of the parameter pack used here are assumptions (%1); see the year table.</translation>
    </message>
    <message>
        <source>Short of the minimum contribution period by %1 months: paying on, the minimum is reached in %2, costing about %3 yuan at the plan&apos;s grade.</source>
        <translation>Short of the minimum contribution period by %1 months: paying on, the minimum is reached in %2, costing about %3 yuan at the plan&apos;s grade.</translation>
    </message>
    <message>
        <source>Early retirement needs the minimum of %1 contribution months at the chosen date.</source>
        <translation>Early retirement needs the minimum of %1 contribution months at the chosen date.</translation>
    </message>
    <message>
        <source>Retiring after the statutory month (%1) needs the employer&apos;s written agreement.</source>
        <translation>Retiring after the statutory month (%1) needs the employer&apos;s written agreement.</translation>
    </message>
    <message>
        <source>Retirement in %1 relies on special-type work or illness; the rule after 2025 was not found, check with the agency.</source>
        <translation>Retirement in %1 relies on special-type work or illness; the rule after 2025 was not found, check with the agency.</translation>
    </message>
    <message>
        <source>Region data note: %1</source>
        <translation>Region data note: %1</translation>
    </message>
    <message>
        <source>%1 is fixed by the case at %2.</source>
        <translation>%1 is fixed by the case at %2.</translation>
    </message>
    <message>
        <source>The statement balance of %1 is treated as the year&apos;s opening balance for interest.</source>
        <translation>The statement balance of %1 is treated as the year&apos;s opening balance for interest.</translation>
    </message>
    <message>
        <source>No deemed or pre-account years: no transitional pension.</source>
        <translation>No deemed or pre-account years: no transitional pension.</translation>
    </message>
    <message>
        <source>The statement does not list past payments: about %1 yuan is estimated from its index and months.</source>
        <translation>The statement does not list past payments: about %1 yuan is estimated from its index and months.</translation>
    </message>
    <message>
        <source>Offers to pay all missing years at once later to add contribution years are fraud: years cannot be bought afterwards. Only people insured before 2011-07-01 who are still short after five years of paying on may pay the rest at once (人社部令第13号).</source>
        <translation>Offers to pay all missing years at once later to add contribution years are fraud: years cannot be bought afterwards. Only people insured before 2011-07-01 who are still short after five years of paying on may pay the rest at once (人社部令第13号).</translation>
    </message>
    <message>
        <source>Retirement month and age</source>
        <translation>Retirement month and age</translation>
    </message>
    <message>
        <source>Minimum contribution months</source>
        <translation>Minimum contribution months</translation>
    </message>
    <message>
        <source>Contribution months (deemed + pre-account + account)</source>
        <translation>Contribution months (deemed + pre-account + account)</translation>
    </message>
    <message>
        <source>Contribution years</source>
        <translation>Contribution years</translation>
    </message>
    <message>
        <source>Deemed and pre-account years</source>
        <translation>Deemed and pre-account years</translation>
    </message>
    <message>
        <source>Average contribution index</source>
        <translation>Average contribution index</translation>
    </message>
    <message>
        <source>Pension base</source>
        <translation>Pension base</translation>
    </message>
    <message>
        <source>Indexed average wage</source>
        <translation>Indexed average wage</translation>
    </message>
    <message>
        <source>Basic pension</source>
        <translation>Basic pension</translation>
    </message>
    <message>
        <source>Personal account balance at retirement</source>
        <translation>Personal account balance at retirement</translation>
    </message>
    <message>
        <source>Annuity months</source>
        <translation>Annuity months</translation>
    </message>
    <message>
        <source>Personal account pension</source>
        <translation>Personal account pension</translation>
    </message>
    <message>
        <source>Transitional pension</source>
        <translation>Transitional pension</translation>
    </message>
    <message>
        <source>Monthly pension</source>
        <translation>Monthly pension</translation>
    </message>
    <message>
        <source>Provisional monthly pension</source>
        <translation>Provisional monthly pension</translation>
    </message>
    <message>
        <source>Back pay after publication</source>
        <translation>Back pay after publication</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>missing; expected %1</translation>
    </message>
    <message>
        <source>wrong type; expected %1</source>
        <translation>wrong type; expected %1</translation>
    </message>
    <message>
        <source>bad format; expected %1</source>
        <translation>bad format; expected %1</translation>
    </message>
    <message>
        <source>out of range; allowed %1</source>
        <translation>out of range; allowed %1</translation>
    </message>
    <message>
        <source>not allowed; one of %1</source>
        <translation>not allowed; one of %1</translation>
    </message>
    <message>
        <source>inconsistent; must be %1</source>
        <translation>inconsistent; must be %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>an ID number has 18 characters</source>
        <translation>an ID number has 18 characters</translation>
    </message>
    <message>
        <source>wrong check digit; it should be %1</source>
        <translation>wrong check digit; it should be %1</translation>
    </message>
    <message>
        <source>birth date disagrees with %1</source>
        <translation>birth date disagrees with %1</translation>
    </message>
    <message>
        <source> (got &quot;%1&quot;)</source>
        <translation> (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>assumed</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>history</source>
        <translation>history</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>record as of</source>
        <translation>record as of</translation>
    </message>
    <message>
        <source>calculation date</source>
        <translation>calculation date</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>birth month</source>
        <translation>birth month</translation>
    </message>
    <message>
        <source>retirement-age track</source>
        <translation>retirement-age track</translation>
    </message>
    <message>
        <source>insurance kind</source>
        <translation>insurance kind</translation>
    </message>
    <message>
        <source>first contribution</source>
        <translation>first contribution</translation>
    </message>
    <message>
        <source>account start</source>
        <translation>account start</translation>
    </message>
    <message>
        <source>deemed months</source>
        <translation>deemed months</translation>
    </message>
    <message>
        <source>months before the account</source>
        <translation>months before the account</translation>
    </message>
    <message>
        <source>months since the account began</source>
        <translation>months since the account began</translation>
    </message>
    <message>
        <source>average contribution index</source>
        <translation>average contribution index</translation>
    </message>
    <message>
        <source>account balance</source>
        <translation>account balance</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>monthly base</source>
        <translation>monthly base</translation>
    </message>
    <message>
        <source>year total of bases</source>
        <translation>year total of bases</translation>
    </message>
    <message>
        <source>average wage</source>
        <translation>average wage</translation>
    </message>
    <message>
        <source>credited to the account</source>
        <translation>credited to the account</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>retirement</translation>
    </message>
    <message>
        <source>retirement reason</source>
        <translation>retirement reason</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>contribution grade</source>
        <translation>contribution grade</translation>
    </message>
    <message>
        <source>pension base</source>
        <translation>pension base</translation>
    </message>
    <message>
        <source>annuity months</source>
        <translation>annuity months</translation>
    </message>
    <message>
        <source>transition rate</source>
        <translation>transition rate</translation>
    </message>
    <message>
        <source>wage growth</source>
        <translation>wage growth</translation>
    </message>
    <message>
        <source>account interest</source>
        <translation>account interest</translation>
    </message>
    <message>
        <source>pension increase</source>
        <translation>pension increase</translation>
    </message>
    <message>
        <source>inflation</source>
        <translation>inflation</translation>
    </message>
    <message>
        <source>months early</source>
        <translation>months early</translation>
    </message>
    <message>
        <source>months late</source>
        <translation>months late</translation>
    </message>
    <message>
        <source>years to keep paying</source>
        <translation>years to keep paying</translation>
    </message>
    <message>
        <source>Paid by the person (before the record, in it, from now)</source>
        <translation>Paid by the person (before the record, in it, from now)</translation>
    </message>
    <message>
        <source>Break-even: the pension received covers what was paid</source>
        <translation>Break-even: the pension received covers what was paid</translation>
    </message>
    <message>
        <source>Pension received to life expectancy</source>
        <translation>Pension received to life expectancy</translation>
    </message>
    <message>
        <source>Funeral grant</source>
        <translation>Funeral grant</translation>
    </message>
    <message>
        <source>Survivor pension (months by contribution years)</source>
        <translation>Survivor pension (months by contribution years)</translation>
    </message>
    <message>
        <source>Inheritable account remainder</source>
        <translation>Inheritable account remainder</translation>
    </message>
    <message>
        <source>Cost of paying on to the minimum</source>
        <translation>Cost of paying on to the minimum</translation>
    </message>
    <message>
        <source>This result uses figures edited on this computer (%1); the parameter editor shows which.</source>
        <translation>This result uses figures edited on this computer (%1); the parameter editor shows which.</translation>
    </message>
    <message>
        <source>wrong check digit</source>
        <translation>wrong check digit</translation>
    </message>
    <message>
        <source>given more than once; each field may appear only once</source>
        <translation>given more than once; each field may appear only once</translation>
    </message>
    <message>
        <source>The %1 pension base is not published: %2 is projected from the %4 base with %3% yearly wage growth (an assumption).</source>
        <translation>The %1 pension base is not published: %2 is projected from the %4 base with %3% yearly wage growth (an assumption).</translation>
    </message>
    <message>
        <source>No pension base is known for %1 or earlier: the %3 average wage, %2, stands in (the base&apos;s definition; an assumption).</source>
        <translation>No pension base is known for %1 or earlier: the %3 average wage, %2, stands in (the base&apos;s definition; an assumption).</translation>
    </message>
    <message>
        <source>The projected final pension (%3) is below the provisional one on the %1 base (%2): no back pay is shown; this comes from the growth assumption.</source>
        <translation>The projected final pension (%3) is below the provisional one on the %1 base (%2): no back pay is shown; this comes from the growth assumption.</translation>
    </message>
    <message>
        <source>Account interest for %1 uses rates of the parameter pack that are assumptions (no published rate was found).</source>
        <translation>Account interest for %1 uses rates of the parameter pack that are assumptions (no published rate was found).</translation>
    </message>
    <message>
        <source>Account interest for %1 is projected at %2% a year (an assumption).</source>
        <translation>Account interest for %1 is projected at %2% a year (an assumption).</translation>
    </message>
    <message>
        <source>The account interest rate for %1 is not yet published on the calculation date: credited at the %2 rate of %3%, as the agency does until the rate is out, and corrected then.</source>
        <translation>The account interest rate for %1 is not yet published on the calculation date: credited at the %2 rate of %3%, as the agency does until the rate is out, and corrected then.</translation>
    </message>
    <message>
        <source>Interest at assumed rates adds %1 yuan to the account (%2 a month of pension); interest at provisional rates adds %3 yuan (%4 a month).</source>
        <translation>Interest at assumed rates adds %1 yuan to the account (%2 a month of pension); interest at provisional rates adds %3 yuan (%4 a month).</translation>
    </message>
    <message>
        <source>This region&apos;s rules are not fully established, so the figures are approximate: %1</source>
        <translation>This region&apos;s rules are not fully established, so the figures are approximate: %1</translation>
    </message>
    <message>
        <source>City pension base (two-base rule)</source>
        <translation>City pension base (two-base rule)</translation>
    </message>
    <message>
        <source>Local item</source>
        <translation>Local item</translation>
    </message>
    <message>
        <source>transitional: indexed wage × years × rate</source>
        <translation>transitional: indexed wage × years × rate</translation>
    </message>
    <message>
        <source>transitional: (base + indexed wage) / 2 × years × rate</source>
        <translation>transitional: (base + indexed wage) / 2 × years × rate</translation>
    </message>
    <message>
        <source>transitional: base × transition index × years × rate</source>
        <translation>transitional: base × transition index × years × rate</translation>
    </message>
    <message>
        <source>transitional: base × max(index, 1) × years × rate</source>
        <translation>transitional: base × max(index, 1) × years × rate</translation>
    </message>
    <message>
        <source>transitional: base × deemed years × rate + indexed wage × paid years to 1998-06 × rate</source>
        <translation>transitional: base × deemed years × rate + indexed wage × paid years to 1998-06 × rate</translation>
    </message>
    <message>
        <source>years counted: deemed and before the account</source>
        <translation>years counted: deemed and before the account</translation>
    </message>
    <message>
        <source>years counted: deemed only</source>
        <translation>years counted: deemed only</translation>
    </message>
    <message>
        <source>years counted: as printed on the statement</source>
        <translation>years counted: as printed on the statement</translation>
    </message>
    <message>
        <source>years to 2 decimals, half up</source>
        <translation>years to 2 decimals, half up</translation>
    </message>
    <message>
        <source>years to 4 decimals, half up</source>
        <translation>years to 4 decimals, half up</translation>
    </message>
    <message>
        <source>years not rounded</source>
        <translation>years not rounded</translation>
    </message>
    <message>
        <source>years rounded up to 1 decimal</source>
        <translation>years rounded up to 1 decimal</translation>
    </message>
    <message>
        <source>years rounded up to 2 decimals</source>
        <translation>years rounded up to 2 decimals</translation>
    </message>
    <message>
        <source>years rounded up to the half year</source>
        <translation>years rounded up to the half year</translation>
    </message>
    <message>
        <source>years cut to 2 decimals</source>
        <translation>years cut to 2 decimals</translation>
    </message>
    <message>
        <source>index to 2 decimals, half up</source>
        <translation>index to 2 decimals, half up</translation>
    </message>
    <message>
        <source>index to 3 decimals, half up</source>
        <translation>index to 3 decimals, half up</translation>
    </message>
    <message>
        <source>index to 4 decimals, half up</source>
        <translation>index to 4 decimals, half up</translation>
    </message>
    <message>
        <source>indexed wage to the fen</source>
        <translation>indexed wage to the fen</translation>
    </message>
    <message>
        <source>indexed wage not rounded</source>
        <translation>indexed wage not rounded</translation>
    </message>
    <message>
        <source>amount to the fen, half up</source>
        <translation>amount to the fen, half up</translation>
    </message>
    <message>
        <source>amount rounded up to the jiao</source>
        <translation>amount rounded up to the jiao</translation>
    </message>
    <message>
        <source>amount to the jiao, half up</source>
        <translation>amount to the jiao, half up</translation>
    </message>
    <message>
        <source>basic: (base + indexed wage) / 2 × years × 1%</source>
        <translation>basic: (base + indexed wage) / 2 × years × 1%</translation>
    </message>
    <message>
        <source>basic: (provincial base + city base × index) / 2 × years × 1%</source>
        <translation>basic: (provincial base + city base × index) / 2 × years × 1%</translation>
    </message>
    <message>
        <source>basic: (city base + provincial base × index) / 2 × years × 1%</source>
        <translation>basic: (city base + provincial base × index) / 2 × years × 1%</translation>
    </message>
    <message>
        <source>basic: (base × index / 0.6 + indexed wage) / 2 × years × 1% below an index of 0.6</source>
        <translation>basic: (base × index / 0.6 + indexed wage) / 2 × years × 1% below an index of 0.6</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>a fixed amount</translation>
    </message>
    <message>
        <source>a share of the basic pension</source>
        <translation>a share of the basic pension</translation>
    </message>
    <message>
        <source>a share of the indexed wage per contribution year</source>
        <translation>a share of the indexed wage per contribution year</translation>
    </message>
    <message>
        <source>the amount printed on the sheet</source>
        <translation>the amount printed on the sheet</translation>
    </message>
    <message>
        <source>counted in the total</source>
        <translation>counted in the total</translation>
    </message>
    <message>
        <source>transition index</source>
        <translation>transition index</translation>
    </message>
    <message>
        <source>transition months</source>
        <translation>transition months</translation>
    </message>
    <message>
        <source>paid months to 1998-06</source>
        <translation>paid months to 1998-06</translation>
    </message>
    <message>
        <source>city pension base</source>
        <translation>city pension base</translation>
    </message>
    <message>
        <source>index: the mean over the months paid</source>
        <translation>index: the mean over the months paid</translation>
    </message>
    <message>
        <source>index: the mean of the yearly indices (before the account 1.0, or at least 1.2 in 1993–1995)</source>
        <translation>index: the mean of the yearly indices (before the account 1.0, or at least 1.2 in 1993–1995)</translation>
    </message>
    <message>
        <source>The city&apos;s pension base is known to %1 (%2); for %3 it is grown with the province&apos;s projected base to %4 (assumed).</source>
        <translation>The city&apos;s pension base is known to %1 (%2); for %3 it is grown with the province&apos;s projected base to %4 (assumed).</translation>
    </message>
    <message>
        <source>%1 is printed on the benefit sheet and not known before it: it is left out of the total.</source>
        <translation>%1 is printed on the benefit sheet and not known before it: it is left out of the total.</translation>
    </message>
    <message>
        <source>not known before the benefit sheet (left out of the total)</source>
        <translation>not known before the benefit sheet (left out of the total)</translation>
    </message>
    <message>
        <source>in the total</source>
        <translation>in the total</translation>
    </message>
    <message>
        <source>shown apart</source>
        <translation>shown apart</translation>
    </message>
    <message>
        <source>the average wage contribution indices divide by</source>
        <translation>the average wage contribution indices divide by</translation>
    </message>
    <message>
        <source>average wage for contribution bases</source>
        <translation>average wage for contribution bases</translation>
    </message>
    <message>
        <source>%1–%2 yuan</source>
        <translation>%1–%2 yuan</translation>
    </message>
    <message>
        <source>%1–%2 yuan a month</source>
        <translation>%1–%2 yuan a month</translation>
    </message>
    <message>
        <source>%1–%2 in whole or half months</source>
        <translation>%1–%2 in whole or half months</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 months</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <source>%1–%2 (%3–%4 of the average wage)</source>
        <translation>%1–%2 (%3–%4 of the average wage)</translation>
    </message>
    <message>
        <source>%1–%2 (a yearly fraction, 0.03 = 3%)</source>
        <translation>%1–%2 (a yearly fraction, 0.03 = 3%)</translation>
    </message>
    <message>
        <source>%1–%2 (a fraction, 0.013 = 1.3%)</source>
        <translation>%1–%2 (a fraction, 0.013 = 1.3%)</translation>
    </message>
    <message>
        <source>at most %1 bytes</source>
        <translation>at most %1 bytes</translation>
    </message>
    <message>
        <source>at most %1 months</source>
        <translation>at most %1 months</translation>
    </message>
    <message>
        <source>at most %1 rows</source>
        <translation>at most %1 rows</translation>
    </message>
    <message>
        <source>at most %1 periods</source>
        <translation>at most %1 periods</translation>
    </message>
    <message>
        <source>at most %1 plans (grades × payment lengths × retirement choices)</source>
        <translation>at most %1 plans (grades × payment lengths × retirement choices)</translation>
    </message>
    <message>
        <source>at most %1 levels</source>
        <translation>at most %1 levels</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>YYYY-MM or &quot;retirement&quot;</source>
        <translation>YYYY-MM or &quot;retirement&quot;</translation>
    </message>
    <message>
        <source>a region id such as shandong or hebei/leting</source>
        <translation>a region id such as shandong or hebei/leting</translation>
    </message>
    <message>
        <source>an item id of the region&apos;s pack (a-z, 0-9, -)</source>
        <translation>an item id of the region&apos;s pack (a-z, 0-9, -)</translation>
    </message>
    <message>
        <source>&quot;statutory&quot;, a month YYYY-MM, {&quot;earlyMonths&quot;: N} or {&quot;lateMonths&quot;: N}</source>
        <translation>&quot;statutory&quot;, a month YYYY-MM, {&quot;earlyMonths&quot;: N} or {&quot;lateMonths&quot;: N}</translation>
    </message>
    <message>
        <source>statutory, earlyN, lateN (N ≤ 36) or YYYY-MM</source>
        <translation>statutory, earlyN, lateN (N ≤ 36) or YYYY-MM</translation>
    </message>
    <message>
        <source>grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12</source>
        <translation>grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12</translation>
    </message>
    <message>
        <source>17 digits and a check digit 0–9 or X</source>
        <translation>17 digits and a check digit 0–9 or X</translation>
    </message>
    <message>
        <source>a valid birth date in characters 7–14</source>
        <translation>a valid birth date in characters 7–14</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>an array of {year, months, monthlyBase}</source>
        <translation>an array of {year, months, monthlyBase}</translation>
    </message>
    <message>
        <source>an object {year, months, monthlyBase}</source>
        <translation>an object {year, months, monthlyBase}</translation>
    </message>
    <message>
        <source>an array of {from, until, grade, kind}</source>
        <translation>an array of {from, until, grade, kind}</translation>
    </message>
    <message>
        <source>an object {from, until, grade, kind}</source>
        <translation>an object {from, until, grade, kind}</translation>
    </message>
    <message>
        <source>a CSV header line</source>
        <translation>a CSV header line</translation>
    </message>
    <message>
        <source>a first line naming the columns (docs/batch.md)</source>
        <translation>a first line naming the columns (docs/batch.md)</translation>
    </message>
    <message>
        <source>UTF-8 or GBK text</source>
        <translation>UTF-8 or GBK text</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>a number out of range</translation>
    </message>
    <message>
        <source>an amount in yuan</source>
        <translation>an amount in yuan</translation>
    </message>
    <message>
        <source>a year YYYY</source>
        <translation>a year YYYY</translation>
    </message>
    <message>
        <source>employee or flexible worker</source>
        <translation>employee or flexible worker</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>after %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>on or before %1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>on or after %1</translation>
    </message>
    <message>
        <source>before %1 (%2)</source>
        <translation>before %1 (%2)</translation>
    </message>
    <message>
        <source>after %1 (%2)</source>
        <translation>after %1 (%2)</translation>
    </message>
    <message>
        <source>on or before %1 (%2)</source>
        <translation>on or before %1 (%2)</translation>
    </message>
    <message>
        <source>on or after %1 (%2)</source>
        <translation>on or after %1 (%2)</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 or later</translation>
    </message>
    <message>
        <source>at least one row</source>
        <translation>at least one row</translation>
    </message>
    <message>
        <source>at least one plan</source>
        <translation>at least one plan</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>exactly one of %1</source>
        <translation>exactly one of %1</translation>
    </message>
    <message>
        <source>only one of %1</source>
        <translation>only one of %1</translation>
    </message>
    <message>
        <source>%1 for a man</source>
        <translation>%1 for a man</translation>
    </message>
    <message>
        <source>%1 for a woman</source>
        <translation>%1 for a woman</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>at age %1 or later</source>
        <translation>at age %1 or later</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>as the region&apos;s rule needs (%1)</source>
        <translation>as the region&apos;s rule needs (%1)</translation>
    </message>
    <message>
        <source>as the region&apos;s rule needs (%1; %2)</source>
        <translation>as the region&apos;s rule needs (%1; %2)</translation>
    </message>
    <message>
        <source>a column named %1</source>
        <translation>a column named %1</translation>
    </message>
    <message>
        <source>each column once</source>
        <translation>each column once</translation>
    </message>
    <message>
        <source>%1 fields like the header</source>
        <translation>%1 fields like the header</translation>
    </message>
    <message>
        <source>years in increasing order, each once</source>
        <translation>years in increasing order, each once</translation>
    </message>
    <message>
        <source>months must fit in the year</source>
        <translation>months must fit in the year</translation>
    </message>
    <message>
        <source>given in %1 with a record</source>
        <translation>given in %1 with a record</translation>
    </message>
    <message>
        <source>the tracks of the case&apos;s region (male-60, female-55, female-50 and the region&apos;s own)</source>
        <translation>the tracks of the case&apos;s region (male-60, female-55, female-50 and the region&apos;s own)</translation>
    </message>
    <message>
        <source>%1 in whole numbers</source>
        <translation>%1 in whole numbers</translation>
    </message>
    <message>
        <source>%1 with at most one decimal</source>
        <translation>%1 with at most one decimal</translation>
    </message>
    <message>
        <source>%1 with at most %2 decimals</source>
        <translation>%1 with at most %2 decimals</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>wrong type</translation>
    </message>
    <message>
        <source>wrong type; expected a number %1</source>
        <translation>wrong type; expected a number %1</translation>
    </message>
    <message>
        <source>nested too deep; %1</source>
        <translation>nested too deep; %1</translation>
    </message>
    <message>
        <source>Σ(yearly index)</source>
        <translation>Σ(yearly index)</translation>
    </message>
    <message>
        <source>Σ(base / average)</source>
        <translation>Σ(base / average)</translation>
    </message>
    <message>
        <source>Retiring after the statutory month (%1): apply at the social insurance agency; with an employer, its written agreement is needed.</source>
        <translation>Retiring after the statutory month (%1): apply at the social insurance agency; with an employer, its written agreement is needed.</translation>
    </message>
    <message>
        <source>The record is dated %1, %3 months before the calculation date %2: what was paid since is not in it; a newer statement gives a surer figure.</source>
        <translation>The record is dated %1, %3 months before the calculation date %2: what was paid since is not in it; a newer statement gives a surer figure.</translation>
    </message>
    <message>
        <source>The retirement month %1 lies before the calculation date %2, after the record: the figures assume the plan was followed until then.</source>
        <translation>The retirement month %1 lies before the calculation date %2, after the record: the figures assume the plan was followed until then.</translation>
    </message>
    <message>
        <source>The plan pays %3 months from %1 to %2, already gone and not in the record (%4): whether they were paid is not known.</source>
        <translation>The plan pays %3 months from %1 to %2, already gone and not in the record (%4): whether they were paid is not known.</translation>
    </message>
    <message>
        <source>%1 contribution months, but only %2 months lie between the 16th birthday and the record&apos;s date (age %3): check the months and the birth month.</source>
        <translation>%1 contribution months, but only %2 months lie between the 16th birthday and the record&apos;s date (age %3): check the months and the birth month.</translation>
    </message>
    <message>
        <source>%1: a monthly base of %2 yuan is index %4 of the average %3 yuan, above the ceiling of %5 yuan (300%) (%6).</source>
        <translation>%1: a monthly base of %2 yuan is index %4 of the average %3 yuan, above the ceiling of %5 yuan (300%) (%6).</translation>
    </message>
    <message>
        <source>%1: the monthly base of %2 yuan reads like the year&apos;s total of %3 months (%4 yuan a month); if so, enter it as the year&apos;s total (%5).</source>
        <translation>%1: the monthly base of %2 yuan reads like the year&apos;s total of %3 months (%4 yuan a month); if so, enter it as the year&apos;s total (%5).</translation>
    </message>
    <message>
        <source>An average index of %1 is above 3.0: possible only for years paid in a province with higher wages than the retirement place (accepted up to %2); check the statement.</source>
        <translation>An average index of %1 is above 3.0: possible only for years paid in a province with higher wages than the retirement place (accepted up to %2); check the statement.</translation>
    </message>
    <message>
        <source>an array of at most 4 plans {grade, stopAfterYears, retire}</source>
        <translation>an array of at most 4 plans {grade, stopAfterYears, retire}</translation>
    </message>
    <message>
        <source>an object {grade, stopAfterYears, retire}</source>
        <translation>an object {grade, stopAfterYears, retire}</translation>
    </message>
    <message>
        <source>This person began work before the personal account: the region pays the higher of the new method and its old method (%1), which needs the old method&apos;s average index from the benefit sheet (record.oldMethodIndex). Without it only the new method is shown; the pension may be higher.</source>
        <translation>This person began work before the personal account: the region pays the higher of the new method and its old method (%1), which needs the old method&apos;s average index from the benefit sheet (record.oldMethodIndex). Without it only the new method is shown; the pension may be higher.</translation>
    </message>
    <message>
        <source>Old-method pension (原办法)</source>
        <translation>Old-method pension (原办法)</translation>
    </message>
    <message>
        <source>New and old method compared: the higher, at most the indexed wage</source>
        <translation>New and old method compared: the higher, at most the indexed wage</translation>
    </message>
    <message>
        <source>a share of the basic, account and transitional pensions together</source>
        <translation>a share of the basic, account and transitional pensions together</translation>
    </message>
    <message>
        <source>a share of the indexed wage by the years counted</source>
        <translation>a share of the indexed wage by the years counted</translation>
    </message>
    <message>
        <source>a fixed amount per year counted</source>
        <translation>a fixed amount per year counted</translation>
    </message>
    <message>
        <source>the old method&apos;s amount above the new method (or the cap&apos;s cut)</source>
        <translation>the old method&apos;s amount above the new method (or the cap&apos;s cut)</translation>
    </message>
    <message>
        <source>no old-method comparison</source>
        <translation>no old-method comparison</translation>
    </message>
    <message>
        <source>the higher of the new method and the old method of 2010, at most the indexed wage</source>
        <translation>the higher of the new method and the old method of 2010, at most the indexed wage</translation>
    </message>
    <message>
        <source>old method&apos;s average index</source>
        <translation>old method&apos;s average index</translation>
    </message>
    <message>
        <source>claimed local items</source>
        <translation>claimed local items</translation>
    </message>
    <message>
        <source>The pension after paying on to the minimum</source>
        <translation>The pension after paying on to the minimum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>a refused parameter pack: file, key path in the pack, reason</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>indexed wage from the statement</source>
        <translation>indexed wage from the statement</translation>
    </message>
    <message>
        <source>index derived: the statement&apos;s indexed wage / base</source>
        <translation>index derived: the statement&apos;s indexed wage / base</translation>
    </message>
    <message>
        <source>indexed monthly wage</source>
        <translation>indexed monthly wage</translation>
    </message>
    <message>
        <source>%1 × the pension base within rounding (%2)</source>
        <translation>%1 × the pension base within rounding (%2)</translation>
    </message>
    <message>
        <source>index to 5 decimals, half up</source>
        <translation>index to 5 decimals, half up</translation>
    </message>
    <message>
        <source>%1 is not given (the benefit sheet prints it): %2 is used instead, so the transitional pension and its adjustment are approximate for this person.</source>
        <translation>%1 is not given (the benefit sheet prints it): %2 is used instead, so the transitional pension and its adjustment are approximate for this person.</translation>
    </message>
    <message>
        <source>New-method transitional pension (compared for the adjustment)</source>
        <translation>New-method transitional pension (compared for the adjustment)</translation>
    </message>
    <message>
        <source>transitional (Guangdong): deemed account / 120 + 4 yuan a whole year + 100; new method base × (deemed index × deemed months + index sum to 1998-06) / 12 × rate</source>
        <translation>transitional (Guangdong): deemed account / 120 + 4 yuan a whole year + 100; new method base × (deemed index × deemed months + index sum to 1998-06) / 12 × rate</translation>
    </message>
    <message>
        <source>transitional (Shenzhen): old indexed wage × share + 4 yuan a whole year + 100; new method base × index to 1998-06 × years × rate</source>
        <translation>transitional (Shenzhen): old indexed wage × share + 4 yuan a whole year + 100; new method base × index to 1998-06 × years × rate</translation>
    </message>
    <message>
        <source>(new method − old method − year allowance) × the share paid in the retirement year</source>
        <translation>(new method − old method − year allowance) × the share paid in the retirement year</translation>
    </message>
    <message>
        <source>years of the item × average index × amount + fixed part</source>
        <translation>years of the item × average index × amount + fixed part</translation>
    </message>
    <message>
        <source>deemed account</source>
        <translation>deemed account</translation>
    </message>
    <message>
        <source>deemed index</source>
        <translation>deemed index</translation>
    </message>
    <message>
        <source>index sum 1994-01 to 1998-06</source>
        <translation>index sum 1994-01 to 1998-06</translation>
    </message>
    <message>
        <source>old indexed wage</source>
        <translation>old indexed wage</translation>
    </message>
    <message>
        <source>old-method share</source>
        <translation>old-method share</translation>
    </message>
    <message>
        <source>whole years, the part year cut</source>
        <translation>whole years, the part year cut</translation>
    </message>
    <message>
        <source>one transition rate for everyone</source>
        <translation>one transition rate for everyone</translation>
    </message>
    <message>
        <source>the second transition rate below 20 actual contribution years</source>
        <translation>the second transition rate below 20 actual contribution years</translation>
    </message>
    <message>
        <source>(base + indexed wage) / 2 × a rate per contribution year in each band of years</source>
        <translation>(base + indexed wage) / 2 × a rate per contribution year in each band of years</translation>
    </message>
    <message>
        <source>actual contribution years</source>
        <translation>actual contribution years</translation>
    </message>
    <message>
        <source>Round-up of the total</source>
        <translation>Round-up of the total</translation>
    </message>
    <message>
        <source>total: the sum of the parts to the fen</source>
        <translation>total: the sum of the parts to the fen</translation>
    </message>
    <message>
        <source>total: any fen rounded up to the next jiao (见分进角)</source>
        <translation>total: any fen rounded up to the next jiao (见分进角)</translation>
    </message>
    <message>
        <source>total: rounded up to the whole yuan</source>
        <translation>total: rounded up to the whole yuan</translation>
    </message>
    <message>
        <source>Round-up to the yuan</source>
        <translation>Round-up to the yuan</translation>
    </message>
    <message>
        <source>Round-up to the jiao (见分进角补足)</source>
        <translation>Round-up to the jiao (见分进角补足)</translation>
    </message>
    <message>
        <source>a fixed part plus an amount per index point and contribution year</source>
        <translation>a fixed part plus an amount per index point and contribution year</translation>
    </message>
    <message>
        <source>rounded up to the fen</source>
        <translation>rounded up to the fen</translation>
    </message>
    <message>
        <source>Transitional pension paid (old method + share of the new)</source>
        <translation>Transitional pension paid (old method + share of the new)</translation>
    </message>
    <message>
        <source>transitional: no phase-in</source>
        <translation>transitional: no phase-in</translation>
    </message>
    <message>
        <source>transitional: old method + share of (new − old), old method if higher</source>
        <translation>transitional: old method + share of (new − old), old method if higher</translation>
    </message>
    <message>
        <source>transitional: old method + share of (new − old) rounded up to the jiao, old method if higher</source>
        <translation>transitional: old method + share of (new − old) rounded up to the jiao, old method if higher</translation>
    </message>
    <message>
        <source>old-method transitional pension</source>
        <translation>old-method transitional pension</translation>
    </message>
    <message>
        <source>This person has years before the personal account: the region pays the old method&apos;s transitional pension plus what the new method adds, rounded up to the jiao (%1), which needs the old-method amount from the benefit sheet (record.oldMethodTransitional). Without it the new method is shown; the transitional pension may be up to 0.09 yuan higher (more only where the old method is the higher, which no sheet seen shows).</source>
        <translation>This person has years before the personal account: the region pays the old method&apos;s transitional pension plus what the new method adds, rounded up to the jiao (%1), which needs the old-method amount from the benefit sheet (record.oldMethodTransitional). Without it the new method is shown; the transitional pension may be up to 0.09 yuan higher (more only where the old method is the higher, which no sheet seen shows).</translation>
    </message>
    <message>
        <source>This person paid before 1998: the region&apos;s transitional pension adds the 1993–1997 notional credits (虚账实记) / 120 (%1), a figure of the benefit sheet or the account statement (record.notionalCredits). Without it that part is 0; the pension may be higher.</source>
        <translation>This person paid before 1998: the region&apos;s transitional pension adds the 1993–1997 notional credits (虚账实记) / 120 (%1), a figure of the benefit sheet or the account statement (record.notionalCredits). Without it that part is 0; the pension may be higher.</translation>
    </message>
    <message>
        <source>basic: (base + indexed wage) / 2 × (whole years × 1% + remaining months × 0.083%)</source>
        <translation>basic: (base + indexed wage) / 2 × (whole years × 1% + remaining months × 0.083%)</translation>
    </message>
    <message>
        <source>transitional: base × 1.0 × service to 1992 × coefficient + 1993–1997 notional credits / 120</source>
        <translation>transitional: base × 1.0 × service to 1992 × coefficient + 1993–1997 notional credits / 120</translation>
    </message>
    <message>
        <source>1993–1997 notional credits</source>
        <translation>1993–1997 notional credits</translation>
    </message>
</context>
</TS>
