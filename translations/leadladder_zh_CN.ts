<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallSheetPdf</name>
    <message>
        <source>Specialist</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>转化概率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最近备注</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>沟通要点</translation>
    </message>
    <message>
        <source>no cues</source>
        <translation>无要点</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Deadline coming (lease, inspection, move): offer a delivery date that fits</source>
        <translation>有时间节点（租约到期、年检、搬家）：给出合适的交车日期</translation>
    </message>
    <message>
        <source>Family decides too: invite spouse/family to a visit or test drive</source>
        <translation>家人参与决策：邀请配偶或家人一起到店或试驾</translation>
    </message>
    <message>
        <source>Comparing a competitor: bring the comparison sheet</source>
        <translation>正在对比竞品：准备好竞品对比表</translation>
    </message>
    <message>
        <source>Waiting for a price cut: explain current offers and their end date</source>
        <translation>在等降价：说明当前优惠及截止日期</translation>
    </message>
    <message>
        <source>Trade-in: confirm the valuation and the subsidy</source>
        <translation>置换：确认旧车评估价和置换补贴</translation>
    </message>
    <message>
        <source>Asked about delivery: check stock and lead time before calling</source>
        <translation>问过交车：致电前先确认库存和交车周期</translation>
    </message>
    <message>
        <source>Asked about deposit/financing: prepare the order and payment plan</source>
        <translation>问过定金/贷款：准备好订单和付款方案</translation>
    </message>
    <message>
        <source>Wants another test drive: propose a slot</source>
        <translation>想再次试驾：约好试驾时间</translation>
    </message>
    <message>
        <source>Ranked by scoring run %1 (%2)</source>
        <translation>按第 %1 次评分排序（%2）</translation>
    </message>
    <message>
        <source>Ranked by Funnel+Recency (no model has scored this workspace yet)</source>
        <translation>按“漏斗+时效”排序（尚无模型为此工作区评分）</translation>
    </message>
    <message>
        <source>Call sheet: %1</source>
        <translation>外呼清单：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Specialist tier %1</source>
        <translation>顾问级别 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone numbers are masked.</source>
        <translation>电话号码已脱敏。</translation>
    </message>
    <message>
        <source>No open leads.</source>
        <translation>没有待跟进的线索。</translation>
    </message>
    <message>
        <source>No specialist was chosen.</source>
        <translation>未选择销售顾问。</translation>
    </message>
    <message>
        <source>Call sheets</source>
        <translation>外呼清单</translation>
    </message>
    <message>
        <source>The PDF could not be written; check the folder is writable.</source>
        <translation>无法写入 PDF，请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Cannot replace the file (is it open in another program?).</source>
        <translation>无法替换该文件（是否已在其他程序中打开？）。</translation>
    </message>
</context>
<context>
    <name>ll::ui::CallSheetDialog</name>
    <message>
        <source>Call sheets</source>
        <translation>外呼清单</translation>
    </message>
    <message>
        <source>Choose the specialists and how many of their open leads each sheet lists, in queue order.</source>
        <translation>选择销售顾问，以及每份清单按队列顺序列出的待跟进线索数。</translation>
    </message>
    <message>
        <source>Leads are ranked by the latest scoring run (%1, run %2); leads it did not score follow in Funnel+Recency order.</source>
        <translation>线索按最近一次评分排序（%1，第 %2 次评分）；未评分的线索按“漏斗+时效”顺序排在其后。</translation>
    </message>
    <message>
        <source>No model has scored this workspace yet: leads are ranked by Funnel+Recency (deepest funnel stage, then most recent contact).</source>
        <translation>尚无模型为此工作区评分：线索按“漏斗+时效”排序（漏斗阶段最深的在前，其次按最近联系时间）。</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1（级别 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n 条待跟进线索</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no open leads. Import a CRM export first.</source>
        <translation>此工作区没有待跟进的线索。请先导入 CRM 导出文件。</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Leads per specialist:</source>
        <translation>每位顾问的线索数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers (for sheets that leave the office)</source>
        <translation>电话号码脱敏(&amp;M)（用于带出门店的清单）</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export &amp;XLSX...</source>
        <translation>导出 XLSX(&amp;X)...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>导出 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>call-sheets</source>
        <translation>外呼清单</translation>
    </message>
    <message>
        <source>Export call sheets</source>
        <translation>导出外呼清单</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，未写入任何文件。</translation>
    </message>
    <message>
        <source>The call sheets could not be exported: %1</source>
        <translation>无法导出外呼清单：%1</translation>
    </message>
    <message>
        <source>Call sheets: print preview</source>
        <translation>外呼清单：打印预览</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ready to print.</source>
        <translation>
            <numerusform>已准备好打印 %Ln 条线索。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条线索导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Precision at the top</source>
        <translation>头部精准率</translation>
    </message>
    <message>
        <source>Scores by tier</source>
        <translation>各层级评分</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Open &amp;report...</source>
        <translation>打开报告(&amp;R)...</translation>
    </message>
    <message>
        <source>Open an evaluation report written by leadladder-cli evaluate</source>
        <translation>打开由 leadladder-cli evaluate 生成的评估报告</translation>
    </message>
    <message>
        <source>Open A/B &amp;results...</source>
        <translation>打开 A/B 结果(&amp;R)...</translation>
    </message>
    <message>
        <source>Open the output folder of leadladder-cli demo simulate-ab (summary.json and daily.csv)</source>
        <translation>打开 leadladder-cli demo simulate-ab 的输出文件夹（含 summary.json 和 daily.csv）</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Export P&amp;NG...</source>
        <translation>导出 PNG(&amp;N)...</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>导出 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>workspace experiment</source>
        <translation>工作区实验</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <source>The A/B results could not be read: %1</source>
        <translation>无法读取 A/B 结果：%1</translation>
    </message>
    <message>
        <source>The report has no precision curve.</source>
        <translation>报告中没有精准率曲线。</translation>
    </message>
    <message>
        <source>No evaluation report yet. Run leadladder-cli evaluate --workspace W (it writes W/reports/), or open a report with &quot;Open report...&quot;.</source>
        <translation>还没有评估报告。请运行 leadladder-cli evaluate --workspace W（报告写入 W/reports/），或通过“打开报告...”打开一份报告。</translation>
    </message>
    <message>
        <source>Precision at the top: converted share of the top K% of leads</source>
        <translation>头部精准率：排名前 K% 的线索中已转化的比例</translation>
    </message>
    <message>
        <source>K: top share of leads (%, log scale)</source>
        <translation>K：排名靠前的线索占比（%，对数刻度）</translation>
    </message>
    <message>
        <source>Precision P@K (%)</source>
        <translation>精准率 P@K（%）</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation>（基准）</translation>
    </message>
    <message>
        <source>Dataset %1: %2 leads, %3 converted; %4.</source>
        <translation>数据集 %1：%2 条线索，%3 条已转化；%4。</translation>
    </message>
    <message>
        <source>AUC %1</source>
        <translation>AUC %1</translation>
    </message>
    <message>
        <source>P@%1% %2</source>
        <translation>P@%1% %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>The latest scoring run has no scores.</source>
        <translation>最近一次评分没有任何分数。</translation>
    </message>
    <message>
        <source>No scoring run yet. Score the workspace (Scoring, or leadladder-cli score --workspace W) to see how scores spread within each tier.</source>
        <translation>还没有评分记录。请为工作区评分（“评分”页，或 leadladder-cli score --workspace W），即可查看各层级内的评分分布。</translation>
    </message>
    <message>
        <source>Score distribution per tier (scoring run %1)</source>
        <translation>各层级评分分布（第 %1 次评分）</translation>
    </message>
    <message>
        <source>Conversion probability (%)</source>
        <translation>转化概率（%）</translation>
    </message>
    <message>
        <source>Pair score</source>
        <translation>成对评分</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>（无层级）</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Tier (best first)</source>
        <translation>层级（由高到低）</translation>
    </message>
    <message>
        <source>Boxes span the middle half of each tier&apos;s scores (quartiles), the line is the median, the whiskers reach the lowest and highest score. Ranking policy: %1.</source>
        <translation>箱体覆盖各层级中间一半的评分（上下四分位数），箱中横线为中位数，须线延伸到最低分和最高分。排序策略：%1。</translation>
    </message>
    <message>
        <source>Arm %1 (%2): %3 specialists, %4 leads, %5 converted (%6).</source>
        <translation>%1 组（%2）：%3 名销售顾问，%4 条线索，%5 条已转化（%6）。</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test on per-specialist conversion (B against A): t = %1, df = %2, p = %3; difference %4 points (%5% CI %6 to %7), relative %8.</source>
        <translation>按销售顾问转化率做 Welch t 检验（B 对 A）：t = %1，df = %2，p = %3；差值 %4 个百分点（%5% 置信区间 %6 至 %7），相对差异 %8。</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test not available: %1</source>
        <translation>无法进行 Welch t 检验：%1</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>数据中没有</translation>
    </message>
    <message>
        <source>No A/B results yet. Run leadladder-cli demo simulate-ab --out DIR and open DIR with &quot;Open A/B results...&quot;, or record an experiment in the workspace.</source>
        <translation>还没有 A/B 结果。请运行 leadladder-cli demo simulate-ab --out DIR，再通过“打开 A/B 结果...”打开 DIR，或在工作区中记录一次实验。</translation>
    </message>
    <message>
        <source>Cumulative conversion per arm</source>
        <translation>各组累计转化率</translation>
    </message>
    <message>
        <source>Day of the experiment</source>
        <translation>实验天数</translation>
    </message>
    <message>
        <source>Cumulative conversion (%)</source>
        <translation>累计转化率（%）</translation>
    </message>
    <message>
        <source>Relative difference B vs A (%)</source>
        <translation>B 相对 A 的差异（%）</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <source>Relative difference (right axis)</source>
        <translation>相对差异（右轴）</translation>
    </message>
    <message>
        <source>Difference B - A</source>
        <translation>差值 B - A</translation>
    </message>
    <message>
        <source>Open evaluation report</source>
        <translation>打开评估报告</translation>
    </message>
    <message>
        <source>Evaluation reports (*.json)</source>
        <translation>评估报告 (*.json)</translation>
    </message>
    <message>
        <source>Open A/B results</source>
        <translation>打开 A/B 结果</translation>
    </message>
    <message>
        <source>A/B results (summary.json daily.csv *.json)</source>
        <translation>A/B 结果 (summary.json daily.csv *.json)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>This chart has no data to export.</source>
        <translation>此图表没有可导出的数据。</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>无法替换 %1（是否已在其他程序中打开？）。</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportWizard</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>找不到文件 %1。</translation>
    </message>
    <message>
        <source>Import CRM Export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CRM export as CSV or Excel workbook (.xlsx).</source>
        <translation>CSV 或 Excel 工作簿（.xlsx）格式的 CRM 导出文件。</translation>
    </message>
    <message>
        <source>Choose the export to import into this workspace. You will see how it is read and how its columns map before anything is written.</source>
        <translation>选择要导入此工作区的导出文件。写入任何数据之前，您会先看到文件的读取方式以及各列与字段的对应关系。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be read. Change the encoding or the separator if the text or the columns look wrong.</source>
        <translation>以下是将被读取的前几行。如果文字乱码或分列不对，请更改编码或分隔符。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>The first non-empty row is the header; row numbers are those of the file.</source>
        <translation>第一个非空行为表头；行号与文件中的行号一致。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Which field of a lead each column holds. Columns without a field are kept as attributes, so nothing is dropped.</source>
        <translation>每一列对应线索的哪个字段。未对应字段的列会保留为附加属性，不会丢失任何数据。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>映射方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Save as Profile…</source>
        <translation>另存为映射方案…</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>数据形式(&amp;H)：</translation>
    </message>
    <message>
        <source>One row per lead</source>
        <translation>每行一条线索</translation>
    </message>
    <message>
        <source>One row per interaction</source>
        <translation>每行一次互动</translation>
    </message>
    <message>
        <source>Automatic (from the column names)</source>
        <translation>自动（根据列名判断）</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>A dry run reads the whole file and reports what would be imported; nothing is written yet.</source>
        <translation>试运行会读取整个文件并报告将导入的内容；此时不会写入任何数据。</translation>
    </message>
    <message>
        <source>Click a rejected row to see it in the file.</source>
        <translation>点击被拒绝的行，可在文件中查看该行。</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fix rejected rows in the file and import it again, or leave them out and import the rest.</source>
        <translation>请在文件中修正被拒绝的行后重新导入，或跳过这些行、只导入其余的行。</translation>
    </message>
    <message>
        <source>&amp;Leave out the rejected rows and import the others</source>
        <translation>跳过被拒绝的行，导入其余的行(&amp;L)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file is written in one step: all of it lands, or nothing does.</source>
        <translation>文件一次性写入：要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CRM 导出文件 (*.csv *.xlsx *.tsv *.txt);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>自动检测：%1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>无法按此方式读取文件：%1</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”.</source>
        <translation>Excel 工作簿，工作表“%1”。</translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1（带 BOM）</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>按 %1 读取，以%2分隔。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>文件共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows %1 to %2 shown.</source>
        <translation>显示第 %1 至 %2 行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n column(s).</source>
        <translation>
            <numerusform>%1共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (matches this file)</source>
        <translation>%1（与此文件匹配）</translation>
    </message>
    <message>
        <source>%1 of %2 columns were matched to fields by their names.</source>
        <translation>已根据列名将 %2 列中的 %1 列对应到字段。</translation>
    </message>
    <message>
        <source>The profile “%1” does not fit this file: %2</source>
        <translation>映射方案“%1”不适用于此文件：%2</translation>
    </message>
    <message>
        <source>The saved profile “%1” matches this file&apos;s columns and was applied.</source>
        <translation>已保存的映射方案“%1”与此文件的列相符，已自动应用。</translation>
    </message>
    <message>
        <source>The profile “%1” was applied.</source>
        <translation>已应用映射方案“%1”。</translation>
    </message>
    <message>
        <source>(keep as attribute)</source>
        <translation>（保留为属性）</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both mapped to %3. Choose one.</source>
        <translation>列“%1”和“%2”都对应到了%3，请只保留一个。</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存映射方案：%1</translation>
    </message>
    <message>
        <source>Saved as the profile “%1”; the next export with these columns uses it.</source>
        <translation>已保存为映射方案“%1”；以后列相同的导出文件会自动使用它。</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>另存为映射方案</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back one page and press Next to run it again.</source>
        <translation>检查已取消。请返回上一页，再点击“下一步”重新检查。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message>
        <source>New leads: %1. Updated leads: %2. Unchanged leads: %3.</source>
        <translation>新增线索：%1。更新线索：%2。未变线索：%3。</translation>
    </message>
    <message>
        <source>New interactions: %1 (already in the workspace: %2).</source>
        <translation>新增互动：%1（工作区中已有：%2）。</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>已取消导入 %1，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>The import of %1 failed; the workspace is unchanged.</source>
        <translation>导入 %1 失败，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 已导入。</translation>
    </message>
    <message>
        <source>%1 was imported without its rejected rows.</source>
        <translation>%1 已导入，被拒绝的行未导入。</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>%1 中没有新数据：工作区已包含其全部内容。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows were rejected.</source>
        <translation>未从 %1 导入任何数据：部分行被拒绝。</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was written.</source>
        <translation>已检查 %1，未写入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>导入已取消，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Specialist tier</source>
        <translation>顾问级别</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>预算区间</translation>
    </message>
    <message>
        <source>Current vehicle</source>
        <translation>现有车辆</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>贷款意向</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last call at</source>
        <translation>最近通话时间</translation>
    </message>
    <message>
        <source>Last call duration (s)</source>
        <translation>最近通话时长（秒）</translation>
    </message>
    <message>
        <source>Store visit at</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Test drive at</source>
        <translation>试驾时间</translation>
    </message>
    <message>
        <source>Quote at</source>
        <translation>报价时间</translation>
    </message>
    <message>
        <source>Order at</source>
        <translation>锁单时间</translation>
    </message>
    <message>
        <source>Defeat at</source>
        <translation>战败时间</translation>
    </message>
    <message>
        <source>Defeat reason</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>是否成交</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes at</source>
        <translation>备注时间</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>互动类型</translation>
    </message>
    <message>
        <source>Interaction time</source>
        <translation>互动时间</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Interaction text</source>
        <translation>互动内容</translation>
    </message>
    <message>
        <source>Interaction outcome</source>
        <translation>互动结果</translation>
    </message>
    <message>
        <source>No match: kept as an attribute</source>
        <translation>未匹配：保留为属性</translation>
    </message>
    <message>
        <source>Field already taken: kept as an attribute</source>
        <translation>字段已被占用：保留为属性</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>From the profile</source>
        <translation>来自映射方案</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>已读取 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln 行被拒绝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadDetailDialog</name>
    <message>
        <source>Lead ID</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Sales specialist</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Specialist tier</source>
        <translation>顾问级别</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Current vehicle</source>
        <translation>现有车辆</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>贷款意向</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Order locked</source>
        <translation>锁单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>排名 %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>conversion %1</source>
        <translation>转化概率 %1</translation>
    </message>
    <message>
        <source>won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已战败</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Dialogue and notes</source>
        <translation>对话与备注</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>Effect on the score</source>
        <translation>对评分的影响</translation>
    </message>
    <message>
        <source>Sentence or field</source>
        <translation>语句或字段</translation>
    </message>
    <message>
        <source>Scoring model needed: the sentences and fields that move this lead&apos;s rank are found by scoring it again with each one removed. Score the workspace with a model to see them.</source>
        <translation>需要评分模型：逐一去掉每个语句和字段后重新评分，才能找出影响此线索排名的内容。请先用模型为工作区评分。</translation>
    </message>
    <message>
        <source>Working out what moves the score of %1…</source>
        <translation>正在分析影响 %1 评分的因素…</translation>
    </message>
    <message>
        <source>The explanation could not be computed: %1</source>
        <translation>无法计算排名依据：%1</translation>
    </message>
    <message>
        <source>%1 found nothing in this lead that moves its score.</source>
        <translation>%1 未在此线索中发现影响评分的内容。</translation>
    </message>
    <message>
        <source>Scored by %1 with each part removed; the largest effects first.</source>
        <translation>由 %1 逐一去掉各部分后重新评分；影响最大的排在最前。</translation>
    </message>
    <message>
        <source>No notes or dialogue were recorded for this lead.</source>
        <translation>此线索没有记录备注或对话。</translation>
    </message>
</context>
<context>
    <name>ll::ui::LogModel</name>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ll::ui::LogPanel</name>
    <message numerus="yes">
        <source>Log — %n issue(s)</source>
        <translation>
            <numerusform>日志 — %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warnings and errors: failed jobs, rejected rows</source>
        <translation>警告和错误：失败的任务、被拒绝的行</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>ll::ui::MainWindow</name>
    <message>
        <source>Cannot list the leads</source>
        <translation>无法列出线索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing workspace folder</source>
        <translation>打开已有的工作区文件夹</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a workspace in an empty folder</source>
        <translation>在空文件夹中新建工作区</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>最近使用的工作区(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a CRM export (.csv or .xlsx) into this workspace</source>
        <translation>将 CRM 导出文件（.csv 或 .xlsx）导入此工作区</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
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
        <source>&amp;About LeadLadder</source>
        <translation>关于 LeadLadder(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>%1 — LeadLadder</source>
        <translation>%1 — LeadLadder</translation>
    </message>
    <message>
        <source>LeadLadder</source>
        <translation>LeadLadder</translation>
    </message>
    <message>
        <source>No workspace is open. Open one with File › Open Workspace… or start one with File › New Workspace….</source>
        <translation>尚未打开工作区。请通过“文件 › 打开工作区…”打开已有工作区，或通过“文件 › 新建工作区…”新建一个。</translation>
    </message>
    <message>
        <source>This workspace has no leads yet. Import a CRM export with File › Import File…, or drop a .csv or .xlsx file on this window.</source>
        <translation>此工作区还没有线索。请通过“文件 › 导入文件…”导入 CRM 导出文件，或把 .csv、.xlsx 文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Leads are in the Funnel+Recency order: deepest funnel stage first, then the most recent contact. This is the baseline until a model has scored this workspace.</source>
        <translation>线索按“漏斗+时效”顺序排列：漏斗阶段最深的在前，其次是最近联系过的。在模型为此工作区评分之前，这是基准排序。</translation>
    </message>
    <message>
        <source>Lead counts unavailable</source>
        <translation>无法获取线索数量</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>共 %Ln 条线索</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>待跟进 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>ranked by Funnel+Recency (no model yet)</source>
        <translation>按“漏斗+时效”排序（尚无模型）</translation>
    </message>
    <message>
        <source>Interactions: %1 · imports: %2 · won: %3 · lost: %4</source>
        <translation>互动：%1 · 导入：%2 次 · 成交：%3 · 战败：%4</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, before switching workspaces.</source>
        <translation>正在导入。请等导入完成或取消导入后，再切换工作区。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近使用的工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Choose an Empty Folder for the New Workspace</source>
        <translation>为新工作区选择一个空文件夹</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Create the workspace in it anyway?</source>
        <translation>文件夹 %1 不是空的。仍要在其中新建工作区吗？</translation>
    </message>
    <message>
        <source>That folder already held a workspace; it was opened.</source>
        <translation>该文件夹中已有工作区，已直接打开。</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing %1.</source>
        <translation>导入 %1 之前，请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message>
        <source>Saving %1 to the workspace…</source>
        <translation>正在将 %1 保存到工作区…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>已取消导入 %1，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>The import of %1 failed</source>
        <translation>导入 %1 失败</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 已导入。</translation>
    </message>
    <message>
        <source>%1 was imported without its rejected rows.</source>
        <translation>%1 已导入，被拒绝的行未导入。</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>%1 中没有新数据：工作区已包含其全部内容。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows were rejected. Fix them in the file and import it again.</source>
        <translation>未从 %1 导入任何数据：部分行被拒绝。请在文件中修正这些行后重新导入。</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was written.</source>
        <translation>已检查 %1，未写入任何数据。</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>导入仍在进行中。要取消导入并退出吗？工作区将保持导入前的状态。</translation>
    </message>
    <message>
        <source>About LeadLadder</source>
        <translation>关于 LeadLadder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLadder %1&lt;/h3&gt;&lt;p&gt;Ranks open sales leads and turns the ranking into the day&apos;s work.&lt;/p&gt;&lt;p&gt;Until a model has scored a workspace, leads are ranked by the Funnel+Recency baseline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLadder %1&lt;/h3&gt;&lt;p&gt;为未成交的销售线索排序，并把排序变成当天的跟进安排。&lt;/p&gt;&lt;p&gt;在模型为工作区评分之前，线索按“漏斗+时效”基准排序。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <translation>未从 %1 导入任何数据</translation>
    </message>
    <message>
        <source>&amp;Call Sheets…</source>
        <translation>外呼清单(&amp;C)…</translation>
    </message>
    <message>
        <source>Export each specialist&apos;s leads as CSV, Excel or PDF call sheets</source>
        <translation>将每位销售顾问的线索导出为 CSV、Excel 或 PDF 外呼清单</translation>
    </message>
    <message>
        <source>ranked by %1</source>
        <translation>按 %1 排序</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Log Panel</source>
        <translation>日志面板(&amp;L)</translation>
    </message>
    <message>
        <source>Show the application&apos;s log, with warnings and errors as issues</source>
        <translation>显示应用日志，警告和错误列为问题</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, palette, hot list size, phone masking and log level</source>
        <translation>语言、配色、热线索数量、电话脱敏和日志级别</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing a file.</source>
        <translation>导入文件之前，请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, before starting another.</source>
        <translation>正在导入。请等导入完成或取消导入后，再开始新的导入。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
</context>
<context>
    <name>ll::ui::Palette</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ll::ui::QueueModel</name>
    <message>
        <source>Test drive done</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>Store visited</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Engaged by phone</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>New / unreached</source>
        <translation>新线索/未联系</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化概率</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Sales specialist</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>线索天数</translation>
    </message>
    <message>
        <source>Position in the ranking of the model&apos;s latest scoring run.</source>
        <translation>在模型最近一次评分排名中的名次。</translation>
    </message>
    <message>
        <source>Position in the Funnel+Recency queue: deepest funnel stage first, then most recent contact.</source>
        <translation>在“漏斗+时效”队列中的名次：漏斗阶段最深的在前，其次按最近联系时间排序。</translation>
    </message>
    <message>
        <source>The model&apos;s ranking score (higher is better); empty until a model has scored the lead.</source>
        <translation>模型给出的排序评分（越高越好）；模型为该线索评分之前为空。</translation>
    </message>
    <message>
        <source>The model&apos;s calibrated probability that the lead converts.</source>
        <translation>模型校准后的线索转化概率。</translation>
    </message>
    <message>
        <source>The funnel tier the lead&apos;s queue belongs to.</source>
        <translation>线索所在队列的漏斗层级。</translation>
    </message>
    <message>
        <source>Days since the lead was created, counted to the newest date in the workspace.</source>
        <translation>线索创建至今的天数（截至工作区中最新的日期）。</translation>
    </message>
</context>
<context>
    <name>ll::ui::QueuePage</name>
    <message>
        <source>Queues</source>
        <translation>跟进队列</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>搜索备注 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds leads whose notes contain every word typed, in English or Chinese.</source>
        <translation>查找备注中包含所有输入词语的线索，支持中文和英文。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To this day, inclusive</source>
        <translation>截止日期（含当天）</translation>
    </message>
    <message>
        <source>Hot list:</source>
        <translation>热线索：</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>条线索</translation>
    </message>
    <message>
        <source>% of open leads</source>
        <translation>%（占待跟进线索）</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Ranked by the Funnel+Recency baseline: no model has scored this workspace yet.</source>
        <translation>按“漏斗+时效”基准排序：尚无模型为此工作区评分。</translation>
    </message>
    <message>
        <source>Ranked by the model %1, scored %2.</source>
        <translation>按模型 %1 排序，评分时间 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) in this queue</source>
        <translation>
            <numerusform>此队列共 %Ln 条线索</numerusform>
        </translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>全部销售顾问</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Hot list (%1)</source>
        <translation>热线索（%1）</translation>
    </message>
    <message>
        <source>All open leads (%1)</source>
        <translation>全部待跟进线索（%1）</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScoringPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Reading leads…</source>
        <translation>正在读取线索…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Saving the ranking…</source>
        <translation>正在保存排名…</translation>
    </message>
    <message>
        <source>This folder cannot be used.</source>
        <translation>无法使用此文件夹。</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>选择模型文件夹</translation>
    </message>
    <message>
        <source>Run %1: %2 leads ranked (%3 scored by the model, %4 unchanged and reused) in %5; %6.</source>
        <translation>第 %1 次评分：已为 %2 条线索排序（模型评分 %3 条，%4 条未变化、沿用原分数），用时 %5；%6。</translation>
    </message>
    <message>
        <source>%1 leads/s.</source>
        <translation>每秒 %1 条线索。</translation>
    </message>
    <message>
        <source>Scoring was cancelled; the workspace is unchanged.</source>
        <translation>评分已取消，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 / %2 条线索</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>未评分。</translation>
    </message>
    <message>
        <source>Open a workspace to score its leads.</source>
        <translation>请先打开工作区，再为其中的线索评分。</translation>
    </message>
    <message>
        <source>Rank every open lead with a trained model. Leads whose information has not changed since the last run of the same model keep their scores, so a daily refresh is quick.</source>
        <translation>用训练好的模型为每条待跟进线索排序。自同一模型上次评分以来信息没有变化的线索会沿用原分数，因此每天更新很快。</translation>
    </message>
    <message>
        <source>Model folder:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <source>Also score won and lost leads</source>
        <translation>同时为已成交和已战败的线索评分</translation>
    </message>
    <message>
        <source>Score leads</source>
        <translation>开始评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No model chosen. Choose a folder written by `leadladder-cli train`.</source>
        <translation>尚未选择模型。请选择由 `leadladder-cli train` 生成的文件夹。</translation>
    </message>
    <message>
        <source>Scoring</source>
        <comment>progress phase</comment>
        <translation>正在评分</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Backbone: %1 layers, width %2, %3 heads, vocabulary %4, %5 parameters%6</source>
        <translation>主干网络：%1 层，宽度 %2，%3 个注意力头，词表 %4，参数 %5%6</translation>
    </message>
    <message>
        <source>, LoRA adapter</source>
        <translation>，含 LoRA 适配器</translation>
    </message>
    <message>
        <source>Backbone folder: %1</source>
        <translation>主干网络目录：%1</translation>
    </message>
    <message>
        <source>Input: %1 template, %2 tokens; funnel: %3; calibration: %4</source>
        <translation>输入：%1 模板，%2 个词元；漏斗：%3；校准：%4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Trained: %1 on data %2</source>
        <translation>训练：%1，数据 %2</translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation>（时间未知）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Ready to score.</source>
        <translation>可以开始评分。</translation>
    </message>
    <message>
        <source>Choose a model to score with.</source>
        <translation>请选择用于评分的模型。</translation>
    </message>
</context>
<context>
    <name>ll::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>配色(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hot list size:</source>
        <translation>热线索数量(&amp;H)：</translation>
    </message>
    <message>
        <source> leads</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>How many leads the hot list shows, ranked across all tiers</source>
        <translation>热线索列表显示的线索数（跨所有层级统一排名）</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers in exported call sheets</source>
        <translation>导出外呼清单时电话号码脱敏(&amp;M)</translation>
    </message>
    <message>
        <source>Sheets that leave the office then show only the last digits (for example 138****5678). It can still be changed for each export.</source>
        <translation>带出门店的清单只显示部分号码（例如 138****5678）。每次导出时仍可单独更改。</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <source>The least important records the log panel keeps</source>
        <translation>日志面板保留记录的最低级别</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ll::ui::Startup</name>
    <message>
        <source>Ranks open sales leads and turns the ranking into the day&apos;s work.</source>
        <translation>为未成交的销售线索排序，并把排序变成当天的跟进安排。</translation>
    </message>
    <message>
        <source>Workspace folder to open (created if missing). Default: the last one opened.</source>
        <translation>要打开的工作区文件夹（不存在时自动创建）。默认打开上次使用的工作区。</translation>
    </message>
    <message>
        <source>Save a screenshot of each main screen into &lt;dir&gt; and quit.</source>
        <translation>将每个主要界面的截图保存到 &lt;dir&gt; 后退出。</translation>
    </message>
    <message>
        <source>Interface language for this run (en, zh_CN).</source>
        <translation>本次运行的界面语言（en、zh_CN）。</translation>
    </message>
</context>
</TS>
