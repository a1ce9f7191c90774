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
    <name>ll::Error</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>列“%1”</translation>
    </message>
</context>
<context>
    <name>ll::crm::CallSheet</name>
    <message>
        <source>The workspace could not be read (%1).</source>
        <translation>无法读取工作区（%1）。</translation>
    </message>
    <message>
        <source>Cannot write the call sheet: %1.</source>
        <translation>无法写入外呼清单：%1。</translation>
    </message>
    <message>
        <source>The workspace database is missing; open or create a workspace first.</source>
        <translation>找不到工作区数据库；请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>Choose at least one lead per specialist.</source>
        <translation>每位销售顾问至少要选择一条线索。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot create the call sheet file.</source>
        <translation>无法创建外呼清单文件。</translation>
    </message>
    <message>
        <source>Cannot add a worksheet for a specialist.</source>
        <translation>无法为销售顾问添加工作表。</translation>
    </message>
    <message>
        <source>Cannot replace the file (is it open in another program?).</source>
        <translation>无法替换该文件（是否已在其他程序中打开？）。</translation>
    </message>
</context>
<context>
    <name>ll::crm::CsvReader</name>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>&apos;%1&apos;-separated</source>
        <translation>以“%1”分隔</translation>
    </message>
    <message>
        <source>%1%2, %3</source>
        <translation>%1%2，%3</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation>（带 BOM）</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Nothing to import: the file is empty. Check that the export from the CRM finished, then choose the file again.</source>
        <translation>没有可导入的内容：文件是空的。请确认 CRM 导出已经完成，然后重新选择该文件。</translation>
    </message>
    <message>
        <source>The file cannot be imported: this is not a CSV text file (binary data at row %1). Choose the CSV export itself; a workbook from an old Excel version (.xls) must first be saved as .xlsx or CSV.</source>
        <translation>无法导入该文件：这不是 CSV 文本文件（第 %1 行有二进制数据）。请选择 CSV 导出文件本身；旧版 Excel 的工作簿（.xls）需要先另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>this cell</source>
        <translation>此单元格</translation>
    </message>
    <message>
        <source>cell %1 of this row</source>
        <translation>本行第 %1 个单元格</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>The column separator must be a single plain character other than a quote or a line break: choose comma, semicolon, tab or pipe.</source>
        <translation>列分隔符必须是单个普通字符，且不能是引号或换行符：请选择逗号、分号、制表符或竖线。</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not supported: choose UTF-8, UTF-16LE, UTF-16BE or GB18030 (which also reads GBK and GB2312).</source>
        <translation>不支持编码“%1”：请选择 UTF-8、UTF-16LE、UTF-16BE 或 GB18030（GB18030 也能读取 GBK 和 GB2312）。</translation>
    </message>
    <message>
        <source>The file could not be found; it may have been moved, renamed or deleted. Choose it again.</source>
        <translation>找不到该文件，它可能已被移动、重命名或删除。请重新选择。</translation>
    </message>
    <message>
        <source>This is a folder, not a file: choose the CSV file inside it.</source>
        <translation>这是一个文件夹，不是文件：请选择其中的 CSV 文件。</translation>
    </message>
    <message>
        <source>The file could not be opened for reading (%1). Check that you may read it and that no other program has it locked.</source>
        <translation>无法打开该文件进行读取（%1）。请确认您有读取权限，并且没有其他程序锁定该文件。</translation>
    </message>
    <message>
        <source>This file is in UTF-32, which cannot be imported: save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>此文件是 UTF-32 编码，无法导入：请另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重新导入。</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark, but the import settings say it is in %2: choose %1 (or automatic detection) as the encoding in the import settings.</source>
        <translation>文件开头是 %1 字节顺序标记（BOM），但导入设置中指定的编码是 %2：请在导入设置中把编码选为 %1（或自动检测）。</translation>
    </message>
    <message>
        <source>This file looks like %1 text without a byte order mark: choose %1 as the encoding in the import settings.</source>
        <translation>此文件看起来是不带字节顺序标记（BOM）的 %1 文本：请在导入设置中把编码选为 %1。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised (it is neither UTF-8 nor GB18030): choose the encoding in the import settings.</source>
        <translation>无法识别文件的文本编码（既不是 UTF-8，也不是 GB18030）：请在导入设置中选择编码。</translation>
    </message>
    <message>
        <source>This installation cannot decode %1 text; reinstall the application or save the file as UTF-8.</source>
        <translation>当前安装的程序无法解码 %1 文本；请重新安装本程序，或将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>This row is longer than the limit of %1 per row.</source>
        <translation>此行超过了每行 %1 的长度上限。</translation>
    </message>
    <message>
        <source> It most likely has a missing closing quote: the quoted value in %1 starts on line %2 of the file and never ends. Add the closing quote (&quot;) in the file, then import again.</source>
        <translation>很可能是缺少右引号：%1中带引号的值从文件第 %2 行开始，一直没有结束。请在文件中补上右引号（&quot;），然后重新导入。</translation>
    </message>
    <message>
        <source> Check that the right column separator is chosen in the import settings.</source>
        <translation>请检查导入设置中选择的列分隔符是否正确。</translation>
    </message>
    <message>
        <source>The quoted value in %1 starts on line %2 of the file and has a missing closing quote, so everything after it up to the end of the file would be one value. Add the closing quote (&quot;) in the file, then import again.</source>
        <translation>%1中带引号的值从文件第 %2 行开始，但缺少右引号，这样从它到文件末尾的全部内容都会被当成一个值。请在文件中补上右引号（&quot;），然后重新导入。</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid UTF-8, the encoding chosen in the import settings; the file is probably in another encoding (GB18030 is common for Chinese CRM exports): choose it in the import settings.</source>
        <translation>%1中的字节不是有效的 UTF-8（导入设置中选择的编码）；该文件可能使用了其他编码（中文 CRM 导出文件常用 GB18030）：请在导入设置中选择该编码。</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid UTF-8; the file may be in another encoding (GB18030 is common for Chinese CRM exports): choose the encoding in the import settings.</source>
        <translation>%1中的字节不是有效的 UTF-8；该文件可能使用了其他编码（中文 CRM 导出文件常用 GB18030）：请在导入设置中选择编码。</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid GB18030 (GBK) text; the file may be in another encoding, such as UTF-8: choose the encoding in the import settings.</source>
        <translation>%1中的字节不是有效的 GB18030（GBK）文本；该文件可能使用了其他编码（例如 UTF-8）：请在导入设置中选择编码。</translation>
    </message>
    <message>
        <source>The text in %1 is not valid %2 (a broken character or a cut-off end of file); the file may be damaged or in another encoding: choose the encoding in the import settings.</source>
        <translation>%1中的文本不是有效的 %2（有损坏的字符，或文件末尾被截断）；该文件可能已损坏或使用了其他编码：请在导入设置中选择编码。</translation>
    </message>
    <message>
        <source>The file could not be read to its end a second time to fingerprint it. Check that it is still there and readable, then import it again.</source>
        <translation>为计算文件指纹再次读取时，未能读到文件末尾。请确认文件仍在原处且可以读取，然后重新导入。</translation>
    </message>
    <message>
        <source>The file changed while it was being read (%1 bytes were read, it now has %2). If it is still being downloaded or exported, wait until that finishes, then import it again.</source>
        <translation>读取过程中文件发生了变化（已读取 %1 字节，文件现在有 %2 字节）。如果文件仍在下载或导出，请等其完成后再重新导入。</translation>
    </message>
    <message>
        <source>The file has nothing at or below row %1, which was given as the header row.</source>
        <translation>文件在第 %1 行（指定的表头行）及其以下没有内容。</translation>
    </message>
</context>
<context>
    <name>ll::crm::Import</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>per-lead</source>
        <translation>每行一条线索</translation>
    </message>
    <message>
        <source>per-interaction</source>
        <translation>每行一次互动</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>指定的映射方案</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>记住的映射方案</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>自动建议</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The old binary Excel format (.xls) is not supported. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>不支持旧版二进制 Excel 格式（.xls）。请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;. Its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表。现有工作表：%2。</translation>
    </message>
    <message>
        <source>%1has no lead id column: each lead&apos;s id is derived from its creation time, name and phone, so a newer export of the same leads maps onto the same ids.</source>
        <translation>%1没有线索编号列：每条线索的编号由其创建时间、姓名和电话生成，因此同一批线索日后重新导出时仍会对应到相同的编号。</translation>
    </message>
    <message>
        <source>%1has no lead id column: each lead&apos;s id is derived from the whole row&apos;s content (a row that changes in a later export becomes a new lead; map an id column if the CRM has one).</source>
        <translation>%1没有线索编号列：每条线索的编号由整行内容生成（日后导出时内容有变化的行会成为新线索；如果 CRM 有编号列，请把它映射为线索编号）。</translation>
    </message>
    <message>
        <source>The file </source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; </source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>导入已取消，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns; the extra cells would be lost. Check for an unquoted delimiter in a text cell.</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列；多出的单元格会丢失。请检查文本单元格中是否有未加引号的分隔符。</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns. Check for a line break inside an unquoted cell or a missing delimiter.</source>
        <translation>该行有 %1 个单元格，但表头有 %2 列。请检查是否有未加引号的单元格内含换行，或者缺少分隔符。</translation>
    </message>
    <message>
        <source>The lead id is empty.</source>
        <translation>线索编号为空。</translation>
    </message>
    <message>
        <source>Lead id &apos;%1&apos; appears again (first at row %2). A per-lead export must have one row per lead.</source>
        <translation>线索编号“%1”重复出现（首次出现在第 %2 行）。按线索导出的文件中，每条线索只能占一行。</translation>
    </message>
    <message>
        <source>The interaction type is empty.</source>
        <translation>互动类型为空。</translation>
    </message>
    <message>
        <source>The time of the interaction is empty.</source>
        <translation>互动时间为空。</translation>
    </message>
    <message>
        <source>Slash dates in this file are written both day-first (e.g. 25/03/2026) and month-first (e.g. 03/25/2026). Fix the export or set the date order in the mapping profile.</source>
        <translation>此文件中用斜杠分隔的日期既有日在前的写法（如 25/03/2026），也有月在前的写法（如 03/25/2026）。请修正导出文件，或在映射方案中设置日期顺序。</translation>
    </message>
    <message>
        <source>%1writes dates day-first (detected from the dates).</source>
        <translation>%1的日期为日在前（根据日期内容识别）。</translation>
    </message>
    <message>
        <source>%1writes dates month-first (detected from the dates).</source>
        <translation>%1的日期为月在前（根据日期内容识别）。</translation>
    </message>
    <message>
        <source>%1has dates like 03/04/2026 that could be day-first or month-first; they were read %2 (this computer&apos;s date format). If that is wrong, set the date order in the mapping profile and import again.</source>
        <translation>%1中有 03/04/2026 这类日期，既可能是日在前，也可能是月在前；已按%2读取（本机的日期格式）。如果读错了，请在映射方案中设置日期顺序，然后重新导入。</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Imported %1 without its %2 rejected row.</source>
        <translation>已导入 %1，其中被拒绝的 %2 行未导入。</translation>
    </message>
    <message>
        <source>Imported %1 without its %2 rejected rows.</source>
        <translation>已导入 %1，其中被拒绝的 %2 行未导入。</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>%1 中没有新数据：工作区已包含其全部内容。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 row was rejected (fix it, or import with the option to skip rejected rows).</source>
        <translation>未从 %1 导入任何数据：有 %2 行被拒绝（请修正该行，或勾选跳过被拒绝的行后再导入）。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 rows were rejected (fix them, or import with the option to skip rejected rows).</source>
        <translation>未从 %1 导入任何数据：有 %2 行被拒绝（请修正这些行，或勾选跳过被拒绝的行后再导入）。</translation>
    </message>
    <message>
        <source>Checked %1 (dry run; nothing was written).</source>
        <translation>已检查 %1（试运行，未写入任何数据）。</translation>
    </message>
    <message>
        <source>%1%2, %3, mapping %4</source>
        <translation>%1%2，%3，映射：%4</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: </source>
        <translation>工作表“%1”：</translation>
    </message>
    <message>
        <source>rows read: %1, rejected: %2</source>
        <translation>已读取 %1 行，被拒绝 %2 行</translation>
    </message>
    <message>
        <source>leads: %1 new, %2 updated, %3 unchanged, %4 created from interactions</source>
        <translation>线索：新增 %1，更新 %2，未变 %3，由互动记录创建 %4</translation>
    </message>
    <message>
        <source>interactions: %1 new, %2 already present</source>
        <translation>互动：新增 %1，已存在 %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>rejected rows by reason:</source>
        <translation>被拒绝的行（按原因）：</translation>
    </message>
    <message>
        <source>... (all of them with --json)</source>
        <translation>……（使用 --json 可查看全部）</translation>
    </message>
    <message>
        <source>The sheet has no header row (it is empty).</source>
        <translation>工作表没有表头行（工作表是空的）。</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; is empty and was skipped.</source>
        <translation>工作表“%1”是空的，已跳过。</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; was skipped: %2</source>
        <translation>已跳过工作表“%1”：%2</translation>
    </message>
    <message>
        <source>No sheet of the workbook looks like a lead or interaction export.</source>
        <translation>工作簿中没有哪个工作表像是线索或互动记录的导出数据。</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>This file is identical to import #%1.</source>
        <translation>此文件与第 %1 次导入的文件完全相同。</translation>
    </message>
    <message>
        <source>The workspace could not be written (%1). Nothing was imported.</source>
        <translation>无法写入工作区（%1）。未导入任何数据。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>The profile has no header signature; read a file&apos;s header first.</source>
        <translation>映射方案没有表头签名；请先读取文件的表头。</translation>
    </message>
</context>
<context>
    <name>ll::crm::MappingProfile</name>
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
        <source>Text</source>
        <translation>互动内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>互动结果</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <source>(empty header)</source>
        <translation>（空表头）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>format: not a LeadLadder mapping profile (expected &quot;%1&quot;)</source>
        <translation>format：不是 LeadLadder 映射方案（应为“%1”）</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version：应为不小于 1 的整数</translation>
    </message>
    <message>
        <source>This mapping profile was made by a newer LeadLadder (format version %1; this one reads version %2): update LeadLadder to use it</source>
        <translation>此映射方案由更新版本的 LeadLadder 创建（格式版本 %1；当前版本只能读取版本 %2）：请先升级 LeadLadder 再使用</translation>
    </message>
    <message>
        <source>delimiter: expected one character, got &apos;%1&apos;</source>
        <translation>delimiter：应为单个字符，实际为“%1”</translation>
    </message>
    <message>
        <source>shape: &apos;%1&apos; is not one of auto, per-lead, per-interaction</source>
        <translation>shape：“%1”不是 auto、per-lead、per-interaction 之一</translation>
    </message>
    <message>
        <source>dateOrder: &apos;%1&apos; is not one of auto, day-first, month-first</source>
        <translation>dateOrder：“%1”不是 auto、day-first、month-first 之一</translation>
    </message>
    <message>
        <source>columns: expected an array</source>
        <translation>columns：应为数组</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1.header: expected a string</source>
        <translation>%1.header：应为字符串</translation>
    </message>
    <message>
        <source>%1.field: &apos;%2&apos; is not a lead field</source>
        <translation>%1.field：“%2”不是线索字段</translation>
    </message>
    <message>
        <source>%1.field: expected a field name or null</source>
        <translation>%1.field：应为字段名或 null</translation>
    </message>
    <message>
        <source>%1.ignore: expected true or false</source>
        <translation>%1.ignore：应为 true 或 false</translation>
    </message>
    <message>
        <source>The mapping profile does not exist</source>
        <translation>映射方案不存在</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile: %1</source>
        <translation>无法读取映射方案：%1</translation>
    </message>
    <message>
        <source>Too large to be a mapping profile (%1 bytes)</source>
        <translation>文件过大，不可能是映射方案（%1 字节）</translation>
    </message>
    <message>
        <source>Not a valid mapping profile: %1 at byte %2</source>
        <translation>不是有效的映射方案：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>Not a mapping profile: expected a JSON object</source>
        <translation>不是映射方案：应为 JSON 对象</translation>
    </message>
    <message>
        <source>Cannot create the folder for the mapping profile</source>
        <translation>无法创建存放映射方案的文件夹</translation>
    </message>
    <message>
        <source>Cannot write the mapping profile: %1</source>
        <translation>无法写入映射方案：%1</translation>
    </message>
    <message>
        <source>The file lacks %1 the mapping profile%2 expects: %3. Choose another profile or map the columns again</source>
        <translation>文件缺少映射方案%2所需的%1：%3。请选择其他映射方案，或重新映射各列</translation>
    </message>
    <message>
        <source>a column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; are both mapped to %3: map one of them to another field or ignore it</source>
        <translation>列“%1”和“%2”都映射到了%3：请把其中一列映射到其他字段，或忽略该列</translation>
    </message>
    <message>
        <source>A per-interaction export needs columns for Lead ID, Interaction kind and Interaction time: map a column to %1</source>
        <translation>每行一次互动的导出文件需要线索编号、互动类型和互动时间三列：请将列映射到%1</translation>
    </message>
    <message>
        <source>No column is mapped to a lead field: map at least one column (the lead ID if the export has one)</source>
        <translation>没有任何列映射到线索字段：请至少映射一列（导出文件中有线索编号时，请映射线索编号）</translation>
    </message>
    <message>
        <source>headerRow: expected a whole number from 1 (the header&apos;s row)</source>
        <translation>headerRow：应为从 1 开始的整数（表头所在行）</translation>
    </message>
</context>
<context>
    <name>ll::crm::ScoreStats</name>
    <message>
        <source>The workspace could not be read (%1).</source>
        <translation>无法读取工作区（%1）。</translation>
    </message>
    <message>
        <source>The workspace database is missing; open or create a workspace first.</source>
        <translation>找不到工作区数据库；请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <source>Experiment %1 has more than two arms; the chart compares two (A and B).</source>
        <translation>实验 %1 的分组多于两个；图表只能比较两组（A 组和 B 组）。</translation>
    </message>
</context>
<context>
    <name>ll::crm::ScoreStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The workspace has no scoring tables: open it with this version of LeadLadder first so its schema is upgraded.</source>
        <translation>工作区中没有评分数据表：请先用此版本的 LeadLadder 打开该工作区，以升级其数据结构。</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1</source>
        <translation>无法打开工作区数据库 %1</translation>
    </message>
    <message>
        <source>Cannot read the scoring runs</source>
        <translation>无法读取评分记录</translation>
    </message>
    <message>
        <source>Cannot read the scores</source>
        <translation>无法读取评分</translation>
    </message>
    <message>
        <source>Cannot write the scoring run</source>
        <translation>无法写入评分记录</translation>
    </message>
</context>
<context>
    <name>ll::crm::Values</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1%2 is out of range: years %3 to %4 are accepted</source>
        <translation>%1%2 超出范围：只接受 %3 年至 %4 年之间的日期</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 不是有效日期：没有 %2 月</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no day %2</source>
        <translation>%1 不是有效日期：没有 %2 日</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>%1 不是有效日期：%3年%2只有 %4 天</translation>
    </message>
    <message>
        <source>%1 has an impossible time: hours run 0-23, minutes and seconds 0-59</source>
        <translation>%1 的时间不存在：小时应为 0-23，分钟和秒应为 0-59</translation>
    </message>
    <message>
        <source>%1 has an impossible time: with AM/PM hours run 1-12</source>
        <translation>%1 的时间不存在：使用上午/下午（AM/PM）时，小时应为 1-12</translation>
    </message>
    <message>
        <source>%1 has an invalid UTC offset: write +08:00, +0800 or Z</source>
        <translation>%1 的时区偏移无效：请写成 +08:00、+0800 或 Z</translation>
    </message>
    <message>
        <source>%1 is ambiguous (day/month or month/day): set day-first or month-first in the mapping profile</source>
        <translation>%1 有歧义（可能是日/月，也可能是月/日）：请在映射方案中设置“日在前”或“月在前”</translation>
    </message>
    <message>
        <source>%1 is not a date: write 2026-03-01, 2026-03-01 10:20, 01.03.2026 or 2026年3月1日</source>
        <translation>%1 不是有效日期：请写成 2026-03-01、2026-03-01 10:20、01.03.2026 或 2026年3月1日</translation>
    </message>
    <message>
        <source>%1 is not a date: write 2026-03-01, 2026-03-01 10:20 or 01.03.2026</source>
        <translation>%1 不是有效日期：请写成 2026-03-01、2026-03-01 10:20 或 01.03.2026</translation>
    </message>
    <message>
        <source>%1 is the Excel serial of 1900-02-29, a day that does not exist</source>
        <translation>%1 是 Excel 中 1900-02-29 的日期序列号，而这一天并不存在</translation>
    </message>
    <message>
        <source> (Excel serial of %1)</source>
        <translation>（Excel 日期序列号，对应 %1）</translation>
    </message>
    <message>
        <source>%1 is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss</source>
        <translation>%1 不是有效时长：请写成秒数（83）、m:ss（1:23）或 h:mm:ss</translation>
    </message>
    <message>
        <source>%1 is not a duration: seconds must be below 60</source>
        <translation>%1 不是有效时长：秒数必须小于 60</translation>
    </message>
    <message>
        <source>%1 is not a duration: minutes and seconds must be below 60</source>
        <translation>%1 不是有效时长：分钟数和秒数都必须小于 60</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <source>%1 is a number, not a date</source>
        <translation>%1 是数字，不是日期</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>时长为空</translation>
    </message>
    <message>
        <source>%1 is negative: a duration cannot be below zero</source>
        <translation>%1 是负数：时长不能小于零</translation>
    </message>
    <message>
        <source>%1 is not a duration: unknown unit &apos;%2&apos; (use h, min, s, 小时, 分, 秒)</source>
        <translation>%1 不是有效时长：无法识别单位“%2”（请使用 h、min、s、小时、分、秒）</translation>
    </message>
    <message>
        <source>%1 is not a duration: write hours, then minutes, then seconds</source>
        <translation>%1 不是有效时长：请按小时、分钟、秒的顺序书写</translation>
    </message>
    <message>
        <source>%1 is not an outcome: write yes/no, y/n, true/false, 1/0, won/lost, converted, ordered, locked, defeated, 成交/战败, 是/否, 赢单/输单, 锁单 or 流失</source>
        <translation>%1 不是有效的结果：请写 yes/no、y/n、true/false、1/0、won/lost、converted、ordered、locked、defeated、成交/战败、是/否、赢单/输单、锁单或流失</translation>
    </message>
    <message>
        <source>empty interaction kind</source>
        <translation>互动类型为空</translation>
    </message>
    <message>
        <source>%1 is not an interaction kind: write call, message, store visit, test drive, quote, order, defeat or note (电话, 短信, 到店, 试驾, 报价, 锁单, 战败, 备注)</source>
        <translation>%1 不是有效的互动类型：请写电话、短信、到店、试驾、报价、锁单、战败或备注（或 call、message、store visit、test drive、quote、order、defeat、note）</translation>
    </message>
</context>
<context>
    <name>ll::crm::Workspace</name>
    <message>
        <source>The workspace could not be read or written (%1).</source>
        <translation>无法读写工作区（%1）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a workspace folder. Choose a folder (it is created if missing).</source>
        <translation>“%1”是一个文件，不是工作区文件夹。请选择一个文件夹（不存在时会自动创建）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LeadLadder workspace (no workspace.sqlite in it).</source>
        <translation>“%1”不是 LeadLadder 工作区（其中没有 workspace.sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder &apos;%1&apos;: check that it is writable.</source>
        <translation>无法创建工作区文件夹“%1”：请检查该位置是否可写。</translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; is damaged (%2). Restore it from a backup or start a new workspace.</source>
        <translation>工作区数据库“%1”已损坏（%2）。请从备份恢复，或新建一个工作区。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SQLite database; it cannot be opened as a workspace.</source>
        <translation>“%1”不是 SQLite 数据库，无法作为工作区打开。</translation>
    </message>
</context>
<context>
    <name>ll::crm::XlsxReader</name>
    <message>
        <source>The workbook &apos;%1&apos; could not be read as a zip archive: it is truncated or damaged.</source>
        <translation>无法将工作簿“%1”作为 zip 压缩包读取：文件被截断或已损坏。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: its part &apos;%2&apos; %3.</source>
        <translation>工作簿“%1”已损坏：其组成部分“%2”%3。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; would unpack to %3, more than the limit of %4.</source>
        <translation>出于安全考虑，已拒绝工作簿“%1”：其组成部分“%2”解压后将达到 %3，超过了 %4 的上限。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; is compressed %3 to 1 (the limit is %4 to 1), which is how zip bombs are built.</source>
        <translation>出于安全考虑，已拒绝工作簿“%1”：其组成部分“%2”的压缩比为 %3 比 1（上限为 %4 比 1），这是 zip 炸弹的典型特征。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is encrypted (its part &apos;%2&apos; needs a password). Save it again without a password.</source>
        <translation>工作簿“%1”已加密（其组成部分“%2”需要密码）。请去掉密码后重新保存。</translation>
    </message>
    <message>
        <source>could not be found in the zip archive</source>
        <translation>在 zip 压缩包中找不到</translation>
    </message>
    <message>
        <source>could not be unpacked</source>
        <translation>无法解压</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused: its part &apos;%2&apos; contains XML entity declarations, which are refused for safety.</source>
        <translation>已拒绝工作簿“%1”：其组成部分“%2”包含 XML 实体声明，出于安全考虑不予接受。</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1, column %2: %3)</source>
        <translation>不是格式正确的 XML（第 %1 行，第 %2 列：%3）</translation>
    </message>
    <message>
        <source>ends too early; the file is truncated or damaged</source>
        <translation>提前结束，文件被截断或已损坏</translation>
    </message>
    <message>
        <source>could not be unpacked (zip error %1)</source>
        <translation>无法解压（zip 错误 %1）</translation>
    </message>
    <message>
        <source>fails its checksum; the file is damaged</source>
        <translation>校验和不符，文件已损坏</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; unpacks to more data than it declares or than the limits allow.</source>
        <translation>出于安全考虑，已拒绝工作簿“%1”：其组成部分“%2”解压后的数据量超过了其声明的大小或允许的上限。</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is empty: it has no header row.</source>
        <translation>工作簿“%2”中的工作表“%1”是空的：没有表头行。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &apos;%1&apos;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is damaged: %3.</source>
        <translation>工作簿“%2”中的工作表“%1”已损坏：%3。</translation>
    </message>
    <message>
        <source>a cell reference lies beyond Excel&apos;s last column (XFD)</source>
        <translation>有单元格引用超出了 Excel 的最后一列（XFD）</translation>
    </message>
    <message>
        <source>a row has more cells than Excel&apos;s last column (XFD)</source>
        <translation>有一行的单元格超出了 Excel 的最后一列（XFD）</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not have</source>
        <translation>有单元格引用了共享字符串 %1，但工作簿中没有该字符串</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workbook file.</source>
        <translation>“%1”是文件夹，不是工作簿文件。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; could not be opened for reading: %2</source>
        <translation>无法打开文件“%1”进行读取：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook: it is either password-protected or an old Excel 97-2003 file. Open it in Excel and save it as an .xlsx workbook without a password.</source>
        <translation>“%1”不是 .xlsx 工作簿：它要么设置了密码，要么是旧版 Excel 97-2003 文件。请在 Excel 中打开，另存为不带密码的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook (not a zip archive). If it holds comma- or semicolon-separated text, give it a .csv extension and import it again.</source>
        <translation>“%1”不是 .xlsx 工作簿（不是 zip 压缩包）。如果其内容是以逗号或分号分隔的文本，请把扩展名改为 .csv 后重新导入。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; could not be read as a zip archive: its directory is damaged.</source>
        <translation>无法将工作簿“%1”作为 zip 压缩包读取：其目录已损坏。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its parts would unpack to %2 together, more than the limit of %3.</source>
        <translation>出于安全考虑，已拒绝工作簿“%1”：其各组成部分解压后共 %2，超过了 %3 的上限。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook: it has no xl/workbook.xml part (it may be another kind of Office document, or damaged).</source>
        <translation>“%1”不是 Excel 工作簿：其中没有 xl/workbook.xml 部分（可能是其他类型的 Office 文档，或文件已损坏）。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; has no sheets.</source>
        <translation>工作簿“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; has no sheet number %2 (it has %3).</source>
        <translation>工作簿“%1”中没有第 %2 个工作表（共有 %3 个）。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: its sheet &apos;%2&apos; does not say which part holds it.</source>
        <translation>工作簿“%1”已损坏：没有注明工作表“%2”存放在哪个组成部分中。</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: the part &apos;%2&apos; holding its sheet &apos;%3&apos; is missing.</source>
        <translation>工作簿“%1”已损坏：存放工作表“%3”的组成部分“%2”缺失。</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; has nothing at or below row %3, which was given as the header row.</source>
        <translation>工作簿“%2”的工作表“%1”在第 %3 行（指定的表头行）及其以下没有内容。</translation>
    </message>
</context>
<context>
    <name>ll::engine</name>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Cannot load safetensors file &quot;%1&quot;: %2.</source>
        <translation>无法加载 safetensors 文件“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot load safetensors index &quot;%1&quot;: %2.</source>
        <translation>无法加载 safetensors 索引“%1”：%2。</translation>
    </message>
    <message>
        <source>the header is not valid JSON (it contains a NUL byte at offset %1)</source>
        <translation>文件头不是有效的 JSON（偏移 %1 处有 NUL 字节）</translation>
    </message>
    <message>
        <source>the index is not valid JSON (it contains a NUL byte at offset %1)</source>
        <translation>索引不是有效的 JSON（偏移 %1 处有 NUL 字节）</translation>
    </message>
    <message>
        <source>the header nests JSON values more than %1 levels deep</source>
        <translation>文件头中的 JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the index nests JSON values more than %1 levels deep</source>
        <translation>索引中的 JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the header is not valid JSON (%1)</source>
        <translation>文件头不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the index is not valid JSON (%1)</source>
        <translation>索引不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the header entry of tensor &quot;%1&quot; is not a JSON object</source>
        <translation>张量“%1”在文件头中的条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has no &quot;%2&quot; field</source>
        <translation>张量“%1”缺少“%2”字段</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a &quot;dtype&quot; that is not a string</source>
        <translation>张量“%1”的“dtype”不是字符串</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the unknown or unsupported dtype &quot;%2&quot; (supported: F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</source>
        <translation>张量“%1”的 dtype“%2”未知或不受支持（支持：F32、F16、BF16、F64、I64、I32、I16、I8、U8、BOOL）</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a &quot;shape&quot; that is not an array</source>
        <translation>张量“%1”的“shape”不是数组</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a shape entry that is not an integer: %2</source>
        <translation>张量“%1”的 shape 中有一项不是整数：%2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the dimension %2, too large to count</source>
        <translation>张量“%1”的维度 %2 过大，无法计数</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the negative dimension %2</source>
        <translation>张量“%1”的维度 %2 为负数</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2, not two non-negative integers</source>
        <translation>张量“%1”的“data_offsets”为 %2，不是两个非负整数</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2 whose end lies before its begin</source>
        <translation>张量“%1”的“data_offsets”为 %2，其结束位置在起始位置之前</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the shape %2, whose size overflows 64 bits</source>
        <translation>张量“%1”的形状为 %2，其大小超出 64 位范围</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 bytes of data but dtype %3 and shape %4 need %5</source>
        <translation>张量“%1”有 %2 字节数据，但 dtype %3 和形状 %4 需要 %5 字节</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; ends at byte %2 of the data section, but the file holds only %3 data bytes: the file is truncated</source>
        <translation>张量“%1”结束于数据区第 %2 字节，但文件只有 %3 字节数据：文件不完整（已被截断）</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap in the data section (bytes %3 to %4)</source>
        <translation>张量“%1”和“%2”在数据区中重叠（第 %3 至 %4 字节）</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the data section belong to no tensor (a gap before tensor &quot;%3&quot;)</source>
        <translation>数据区第 %1 至 %2 字节不属于任何张量（张量“%3”之前有空隙）</translation>
    </message>
    <message>
        <source>the last %1 bytes of the data section belong to no tensor (trailing bytes)</source>
        <translation>数据区末尾的 %1 字节不属于任何张量（多余的尾部字节）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is %1 bytes, too large for an index</source>
        <translation>文件大小为 %1 字节，作为索引文件过大</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>无法打开文件（%1）</translation>
    </message>
    <message>
        <source>the file cannot be examined (%1)</source>
        <translation>无法查看文件信息（%1）</translation>
    </message>
    <message>
        <source>the path is not a regular file</source>
        <translation>该路径不是普通文件</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, shorter than the 8-byte header length that starts every safetensors file</source>
        <translation>文件只有 %1 字节，短于每个 safetensors 文件开头 8 字节的文件头长度字段</translation>
    </message>
    <message>
        <source>the file is too large to map</source>
        <translation>文件过大，无法映射到内存</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the file shrank while being read</source>
        <translation>读取过程中文件变小了</translation>
    </message>
    <message>
        <source>the header length field says %1 bytes, more than the %2-byte limit: this is not a valid safetensors file</source>
        <translation>文件头长度字段为 %1 字节，超过 %2 字节的上限：这不是有效的 safetensors 文件</translation>
    </message>
    <message>
        <source>the header length field says %1 bytes, but only %2 bytes follow it: the file is truncated</source>
        <translation>文件头长度字段为 %1 字节，但其后只有 %2 字节：文件不完整（已被截断）</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8 (bad byte at header offset %1)</source>
        <translation>文件头不是有效的 UTF-8（文件头偏移 %1 处有错误字节）</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>文件头不是 JSON 对象</translation>
    </message>
    <message>
        <source>the header lists &quot;__metadata__&quot; twice</source>
        <translation>文件头中“__metadata__”出现了两次</translation>
    </message>
    <message>
        <source>the header lists tensor &quot;%1&quot; twice</source>
        <translation>文件头中张量“%1”出现了两次</translation>
    </message>
    <message>
        <source>the header entry &quot;%1&quot; has the key &quot;%2&quot; twice</source>
        <translation>文件头条目“%1”中键“%2”出现了两次</translation>
    </message>
    <message>
        <source>the header does not start with &apos;{&apos;</source>
        <translation>文件头不以“{”开头</translation>
    </message>
    <message>
        <source>the &quot;__metadata__&quot; entry is not a JSON object</source>
        <translation>“__metadata__”条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>the &quot;__metadata__&quot; value of &quot;%1&quot; is not a string but %2</source>
        <translation>“__metadata__”中“%1”的值不是字符串，而是 %2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; holds neither model.safetensors nor model.safetensors.index.json.</source>
        <translation>文件夹“%1”中既没有 model.safetensors，也没有 model.safetensors.index.json。</translation>
    </message>
    <message>
        <source>the index is not a JSON object</source>
        <translation>索引不是 JSON 对象</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; lists tensor &quot;%1&quot; twice</source>
        <translation>其“weight_map”中张量“%1”出现了两次</translation>
    </message>
    <message>
        <source>the index has the key &quot;%1&quot; twice</source>
        <translation>索引中键“%1”出现了两次</translation>
    </message>
    <message>
        <source>the index has the key &quot;%1&quot; twice in &quot;%2&quot;</source>
        <translation>索引的“%2”中键“%1”出现了两次</translation>
    </message>
    <message>
        <source>its &quot;metadata&quot; is not a JSON object</source>
        <translation>其“metadata”不是 JSON 对象</translation>
    </message>
    <message>
        <source>it has no &quot;weight_map&quot;</source>
        <translation>其中没有“weight_map”</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; is not a JSON object</source>
        <translation>其“weight_map”不是 JSON 对象</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; lists no tensors</source>
        <translation>其“weight_map”中没有列出任何张量</translation>
    </message>
    <message>
        <source>the &quot;weight_map&quot; entry of tensor &quot;%1&quot; is not a file name</source>
        <translation>张量“%1”在“weight_map”中的条目不是文件名</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a file name inside the index&apos;s folder</source>
        <translation>张量“%1”被映射到“%2”，而它不是索引所在文件夹中的文件名</translation>
    </message>
    <message>
        <source>these shard files are missing: %1</source>
        <translation>缺少以下分片文件：%1</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is stored in two shards, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>张量“%1”同时存储在两个分片“%2”和“%3”中</translation>
    </message>
    <message>
        <source>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, which does not hold it</source>
        <translation>索引把张量“%1”映射到分片“%2”，但该分片中没有这个张量</translation>
    </message>
    <message>
        <source>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, but the tensor is stored in shard &quot;%3&quot;</source>
        <translation>索引把张量“%1”映射到分片“%2”，但该张量存储在分片“%3”中</translation>
    </message>
    <message>
        <source>The checkpoint &quot;%1&quot; has no tensor &quot;%2&quot;.</source>
        <translation>权重文件“%1”中没有张量“%2”。</translation>
    </message>
    <message>
        <source>%1: %2 is missing or cannot be read.</source>
        <translation>%1：%2缺失或无法读取。</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1：无法写入文件。</translation>
    </message>
    <message>
        <source>%1: cannot open the file to compute its SHA-256.</source>
        <translation>%1：无法打开文件以计算其 SHA-256。</translation>
    </message>
    <message>
        <source>%1: read error while computing its SHA-256.</source>
        <translation>%1：计算 SHA-256 时读取出错。</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2).</source>
        <translation>%1：不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1: the manifest must be a JSON object.</source>
        <translation>%1：清单文件必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an integer: this is not a LeadLadder checkpoint manifest.</source>
        <translation>%1：键“%2”缺失或不是整数：这不是 LeadLadder 模型的清单文件。</translation>
    </message>
    <message>
        <source>%1: the checkpoint has format_version %2, written by a newer LeadLadder; this version reads up to %3. Update LeadLadder to use it.</source>
        <translation>%1：该模型的 format_version 为 %2，由更新版本的 LeadLadder 生成；当前版本最高只能读取 %3。请更新 LeadLadder 后再使用。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be at least 1.</source>
        <translation>%1：键“%2”必须不小于 1。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is %3, expected &quot;leadladder-asllr&quot;.</source>
        <translation>%1：键“%2”的值为 %3，应为 &quot;leadladder-asllr&quot;。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an object.</source>
        <translation>%1：键“%2”缺失或不是对象。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be true or false.</source>
        <translation>%1：键“%2”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must name the backbone folder when the backbone is not embedded.</source>
        <translation>%1：主干网络未内嵌时，键“%2”必须指明主干网络文件夹。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must map each backbone file to its SHA-256.</source>
        <translation>%1：键“%2”必须为每个主干网络文件给出其 SHA-256。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a 64-digit hex SHA-256.</source>
        <translation>%1：键“%2”必须是 64 位十六进制的 SHA-256。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; names the file &quot;%3&quot;, which lies outside the backbone folder.</source>
        <translation>%1：键“%2”指向的文件“%3”位于主干网络文件夹之外。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be {&quot;present&quot;: true|false}.</source>
        <translation>%1：键“%2”必须为 {&quot;present&quot;: true|false}。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a JSON object (the funnel definition).</source>
        <translation>%1：键“%2”必须是 JSON 对象（漏斗定义）。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be {&quot;method&quot;: &quot;none&quot;} or {&quot;method&quot;: &quot;platt&quot;, &quot;a&quot;: A, &quot;b&quot;: B}.</source>
        <translation>%1：键“%2”必须为 {&quot;method&quot;: &quot;none&quot;} 或 {&quot;method&quot;: &quot;platt&quot;, &quot;a&quot;: A, &quot;b&quot;: B}。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; uses Platt scaling and needs numbers &quot;a&quot; and &quot;b&quot;.</source>
        <translation>%1：键“%2”使用 Platt 缩放，需要数值 &quot;a&quot; 和 &quot;b&quot;。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is &quot;%3&quot;: use &quot;none&quot; or &quot;platt&quot;.</source>
        <translation>%1：键“%2”的值为“%3”：请使用 &quot;none&quot; 或 &quot;platt&quot;。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing: it needs {&quot;yes&quot;: {&quot;id&quot;: N}, &quot;no&quot;: {&quot;id&quot;: N}}.</source>
        <translation>%1：缺少键“%2”：需要 {&quot;yes&quot;: {&quot;id&quot;: N}, &quot;no&quot;: {&quot;id&quot;: N}}。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an integer.</source>
        <translation>%1：键“%2”缺失或不是整数。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must not be negative.</source>
        <translation>%1：键“%2”不能为负数。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be an object.</source>
        <translation>%1：键“%2”必须是对象。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a string.</source>
        <translation>%1：键“%2”必须是字符串。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a non-negative integer or null.</source>
        <translation>%1：键“%2”必须是非负整数或 null。</translation>
    </message>
    <message>
        <source>the weight index</source>
        <translation>权重索引</translation>
    </message>
    <message>
        <source>%1: not a valid weight index (%2).</source>
        <translation>%1：不是有效的权重索引（%2）。</translation>
    </message>
    <message>
        <source>%1: the backbone folder holds neither model.safetensors nor model.safetensors.index.json.</source>
        <translation>%1：主干网络文件夹中既没有 model.safetensors，也没有 model.safetensors.index.json。</translation>
    </message>
    <message>
        <source>%1: the head weights file is missing.</source>
        <translation>%1：缺少输出头权重文件。</translation>
    </message>
    <message>
        <source>missing tensor %1</source>
        <translation>缺少张量 %1</translation>
    </message>
    <message>
        <source>tensor %1: expected shape %2, found %3</source>
        <translation>张量 %1：形状应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>张量 %1：%2</translation>
    </message>
    <message>
        <source>unexpected tensor %1</source>
        <translation>多余的张量 %1</translation>
    </message>
    <message>
        <source>%1: the head weights do not fit the model: %2.</source>
        <translation>%1：输出头权重与模型不匹配：%2。</translation>
    </message>
    <message>
        <source>the LoRA adapter configuration</source>
        <translation>LoRA 适配器配置</translation>
    </message>
    <message>
        <source>%1: key &quot;r&quot; (the LoRA rank) is missing or not a positive integer.</source>
        <translation>%1：键 &quot;r&quot;（LoRA 秩）缺失或不是正整数。</translation>
    </message>
    <message>
        <source>%1: key &quot;lora_alpha&quot; is missing or not a number.</source>
        <translation>%1：键 &quot;lora_alpha&quot; 缺失或不是数值。</translation>
    </message>
    <message>
        <source>%1: cannot be loaded: %2</source>
        <translation>%1：无法加载：%2</translation>
    </message>
    <message>
        <source>%1: no such checkpoint folder.</source>
        <translation>%1：模型文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: the manifest is missing: this folder is not a LeadLadder checkpoint.</source>
        <translation>%1：缺少清单文件：此文件夹不是 LeadLadder 模型。</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>%1: the embedded backbone folder is missing.</source>
        <translation>%1：缺少内嵌的主干网络文件夹。</translation>
    </message>
    <message>
        <source>%1/manifest.json: the backbone folder %2 it points to does not exist.</source>
        <translation>%1/manifest.json：其指向的主干网络文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1: this backbone file, listed in %2/manifest.json, is missing.</source>
        <translation>%1：%2/manifest.json 中列出的这个主干网络文件缺失。</translation>
    </message>
    <message>
        <source>%1: SHA-256 mismatch: the checkpoint&apos;s manifest expects %2, the file has %3. The backbone changed since the checkpoint was written; point the manifest at the original backbone folder.</source>
        <translation>%1：SHA-256 不一致：模型清单文件要求 %2，实际文件为 %3。主干网络在模型生成后已被改动；请让清单文件指向原来的主干网络文件夹。</translation>
    </message>
    <message>
        <source>%1: the tokenizer is missing.</source>
        <translation>%1：缺少分词器。</translation>
    </message>
    <message>
        <source>%1: the tokenizer has %2 tokens but the backbone&apos;s vocab_size is %3.</source>
        <translation>%1：分词器有 %2 个词元，但主干网络的 vocab_size 只有 %3。</translation>
    </message>
    <message>
        <source>%1/manifest.json: answer token id %2 is outside the backbone&apos;s vocabulary of %3.</source>
        <translation>%1/manifest.json：答案词元 ID %2 超出了主干网络 %3 个词元的词表。</translation>
    </message>
    <message>
        <source>%1: the manifest says the checkpoint has LoRA weights, but this file is missing.</source>
        <translation>%1：清单文件表明模型含有 LoRA 权重，但缺少此文件。</translation>
    </message>
    <message>
        <source>%1/manifest.json: %2</source>
        <translation>%1/manifest.json：%2</translation>
    </message>
    <message>
        <source>%1: the folder exists already; choose another folder or allow overwriting.</source>
        <translation>%1：文件夹已存在；请选择其他文件夹，或允许覆盖。</translation>
    </message>
    <message>
        <source>%1: an embedded backbone needs the tokenizer.json to copy.</source>
        <translation>%1：内嵌主干网络需要复制 tokenizer.json。</translation>
    </message>
    <message>
        <source>the tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>%1: give an uncompressed tokenizer.json.</source>
        <translation>%1：请提供未压缩的 tokenizer.json。</translation>
    </message>
    <message>
        <source>%1: the backbone folder does not exist.</source>
        <translation>%1：主干网络文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: this backbone file is missing.</source>
        <translation>%1：缺少此主干网络文件。</translation>
    </message>
    <message>
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1：无法写入模型：%2</translation>
    </message>
    <message>
        <source>the tokenizer cannot tell the answer words &quot;%1&quot; and &quot;%2&quot; apart.</source>
        <translation>分词器无法区分答案词“%1”和“%2”。</translation>
    </message>
    <message>
        <source>%1: missing key &quot;%2&quot;.</source>
        <translation>%1：缺少键“%2”。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be an integer, found %3.</source>
        <translation>%1：键“%2”必须是整数，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a number, found %3.</source>
        <translation>%1：键“%2”必须是数值，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be positive, found %3.</source>
        <translation>%1：键“%2”必须为正数，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be positive.</source>
        <translation>%1：键“%2”必须为正数。</translation>
    </message>
    <message>
        <source>%1: num_attention_heads (%2) does not divide hidden_size (%3).</source>
        <translation>%1：hidden_size（%3）不能被 num_attention_heads（%2）整除。</translation>
    </message>
    <message>
        <source>%1: num_key_value_heads (%2) does not divide num_attention_heads (%3).</source>
        <translation>%1：num_attention_heads（%3）不能被 num_key_value_heads（%2）整除。</translation>
    </message>
    <message>
        <source>%1: the head dimension (%2) must be even for rotary embeddings.</source>
        <translation>%1：使用旋转位置编码时，注意力头维度（%2）必须为偶数。</translation>
    </message>
    <message>
        <source>%1: key &quot;torch_dtype&quot; must be float32, bfloat16 or float16, found &quot;%2&quot;.</source>
        <translation>%1：键 &quot;torch_dtype&quot; 必须为 float32、bfloat16 或 float16，实际为“%2”。</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1：不是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be true or false, found %3.</source>
        <translation>%1：键“%2”必须为 true 或 false，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a string, found %3.</source>
        <translation>%1：键“%2”必须是字符串，实际为 %3。</translation>
    </message>
    <message>
        <source>%1: key &quot;hidden_act&quot; is %2; only &quot;silu&quot; is supported.</source>
        <translation>%1：键 &quot;hidden_act&quot; 的值为 %2；仅支持 &quot;silu&quot;。</translation>
    </message>
    <message>
        <source>%1: key &quot;rope_scaling&quot; is set; scaled rotary embeddings are not supported.</source>
        <translation>%1：设置了键 &quot;rope_scaling&quot;；不支持缩放的旋转位置编码。</translation>
    </message>
    <message>
        <source>%1: key &quot;use_sliding_window&quot; is true; sliding-window attention is not supported.</source>
        <translation>%1：键 &quot;use_sliding_window&quot; 为 true；不支持滑动窗口注意力。</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: cannot open the file.</source>
        <translation>%1：无法打开文件。</translation>
    </message>
    <message>
        <source>row %1 of the batch has no tokens.</source>
        <translation>批次中第 %1 行没有词元。</translation>
    </message>
    <message>
        <source>%1, ... (%2 in all)</source>
        <translation>%1 等（共 %2 个）</translation>
    </message>
    <message>
        <source>missing tensors: %1</source>
        <translation>缺少张量：%1</translation>
    </message>
    <message>
        <source>unexpected tensors: %1</source>
        <translation>多余的张量：%1</translation>
    </message>
    <message>
        <source>%1: the weights do not fit the model: %2.</source>
        <translation>%1：权重与模型不匹配：%2。</translation>
    </message>
    <message>
        <source>dtype %1 is not a floating-point weight type</source>
        <translation>dtype %1 不是浮点权重类型</translation>
    </message>
    <message>
        <source>holds %1 bytes, expected %2</source>
        <translation>有 %1 字节，应为 %2 字节</translation>
    </message>
    <message>
        <source>%1: the adapter has r=%2, lora_alpha=%3 but LoRA was enabled with r=%4, lora_alpha=%5.</source>
        <translation>%1：适配器的 r=%2、lora_alpha=%3，但启用 LoRA 时使用的是 r=%4、lora_alpha=%5。</translation>
    </message>
    <message>
        <source>asLLR: token id %1 is outside the vocabulary of %2.</source>
        <translation>asLLR：词元 ID %1 超出了 %2 个词元的词表。</translation>
    </message>
    <message>
        <source>the number of threads must be at least 1, got %1.</source>
        <translation>线程数必须至少为 1，实际为 %1。</translation>
    </message>
    <message>
        <source>the scorer needs a model.</source>
        <translation>评分器需要一个模型。</translation>
    </message>
    <message>
        <source>batch tokens and batch rows must be positive.</source>
        <translation>批次词元数和批次行数必须为正数。</translation>
    </message>
    <message>
        <source>CUDA was asked for, but no CUDA GPU is usable (this build of libtorch %1 has no CUDA support, or no GPU is present): use --device cpu or auto.</source>
        <translation>要求使用 CUDA，但没有可用的 CUDA GPU（当前 libtorch %1 构建不支持 CUDA，或没有 GPU）：请使用 --device cpu 或 auto。</translation>
    </message>
    <message>
        <source>input %1 has no tokens.</source>
        <translation>输入 %1 没有词元。</translation>
    </message>
    <message>
        <source>input %1 holds token id %2, outside the model&apos;s vocabulary of %3.</source>
        <translation>输入 %1 含有词元 ID %2，超出了模型 %3 个词元的词表。</translation>
    </message>
    <message>
        <source>unknown serializer language &quot;%1&quot;: use &quot;en&quot; or &quot;zh&quot;.</source>
        <translation>未知的序列化语言“%1”：请使用 &quot;en&quot; 或 &quot;zh&quot;。</translation>
    </message>
    <message>
        <source>%1: the serializer spec is not valid JSON (%2).</source>
        <translation>%1：序列化规格不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1: the serializer spec must be a JSON object.</source>
        <translation>%1：序列化规格必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a string (&quot;en&quot; or &quot;zh&quot;).</source>
        <translation>%1：serializer.%2 必须是字符串（&quot;en&quot; 或 &quot;zh&quot;）。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 is &quot;%3&quot;: use &quot;en&quot; or &quot;zh&quot;.</source>
        <translation>%1：serializer.%2 的值为“%3”：请使用 &quot;en&quot; 或 &quot;zh&quot;。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a positive integer.</source>
        <translation>%1：serializer.%2 必须是正整数。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 is %3: it must lie between 32 and 1000000.</source>
        <translation>%1：serializer.%2 的值为 %3：必须在 32 到 1000000 之间。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a JSON object.</source>
        <translation>%1：serializer.%2 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a string.</source>
        <translation>%1：serializer.%2 必须是字符串。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be an array of {&quot;key&quot;, &quot;label&quot;}.</source>
        <translation>%1：serializer.%2 必须是由 {&quot;key&quot;, &quot;label&quot;} 组成的数组。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be {&quot;key&quot;: string, &quot;label&quot;: string}.</source>
        <translation>%1：serializer.%2 必须为 {&quot;key&quot;: string, &quot;label&quot;: string}。</translation>
    </message>
    <message>
        <source>%1: serializer.%2: unknown field key &quot;%3&quot;.</source>
        <translation>%1：serializer.%2：未知的字段键“%3”。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be an object (kind -&gt; words).</source>
        <translation>%1：serializer.%2 必须是对象（类型 -&gt; 文字）。</translation>
    </message>
    <message>
        <source>%1: serializer.%2: unknown interaction kind &quot;%3&quot;.</source>
        <translation>%1：serializer.%2：未知的互动类型“%3”。</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must not be empty.</source>
        <translation>%1：serializer.%2 不能为空。</translation>
    </message>
    <message>
        <source>the serializer needs a tokenizer.</source>
        <translation>序列化器需要一个分词器。</translation>
    </message>
    <message>
        <source>a token budget of %1 cannot hold the prompt (%2 tokens) and the lead: give at least %3.</source>
        <translation>%1 个词元的预算容纳不下提示语（%2 个词元）和线索内容：请至少设为 %3。</translation>
    </message>
    <message>
        <source>funnel definition &apos;%1&apos;: %2</source>
        <translation>漏斗定义“%1”：%2</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1 必须是字符串或字符串列表</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 必须是字符串列表</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数值</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1: unknown interaction kind &apos;%2&apos; (known: call, message, store_visit, test_drive, quote, order_lock, defeat, note)</source>
        <translation>%1：未知的互动类型“%2”（可用：call、message、store_visit、test_drive、quote、order_lock、defeat、note）</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: kinds, min_duration_s, max_duration_s, outcome_contains, text_contains)</source>
        <translation>%1：未知的键“%2”（可用：kinds、min_duration_s、max_duration_s、outcome_contains、text_contains）</translation>
    </message>
    <message>
        <source>%1.when is empty (leave it out for the default)</source>
        <translation>%1.when 为空（如需默认值，请省略该项）</translation>
    </message>
    <message>
        <source>%1.when must be an object or a list of objects</source>
        <translation>%1.when 必须是对象或对象列表</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>format %1 is newer than this version of LeadLadder understands (%2); update LeadLadder</source>
        <translation>格式版本 %1 高于当前 LeadLadder 能读取的版本（%2）；请更新 LeadLadder</translation>
    </message>
    <message>
        <source>&apos;stages&apos; must be a non-empty list</source>
        <translation>“stages”必须是非空列表</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;</source>
        <translation>%1 需要“name”</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; is listed twice</source>
        <translation>阶段“%1”出现了两次</translation>
    </message>
    <message>
        <source>%1: unknown stage &apos;%2&apos;</source>
        <translation>%1：未知的阶段“%2”</translation>
    </message>
    <message>
        <source>&apos;tiers&apos; must be a list</source>
        <translation>“tiers”必须是列表</translation>
    </message>
    <message>
        <source>%1 needs &quot;winners&quot; and &quot;losers&quot;</source>
        <translation>%1 需要“winners”和“losers”</translation>
    </message>
    <message>
        <source>&apos;queues&apos; must be a list</source>
        <translation>“queues”必须是列表</translation>
    </message>
    <message>
        <source>cannot read the funnel definition &apos;%1&apos;</source>
        <translation>无法读取漏斗定义“%1”</translation>
    </message>
    <message>
        <source>observation_days must not be negative</source>
        <translation>observation_days 不能为负数</translation>
    </message>
    <message>
        <source>label_days must be positive</source>
        <translation>label_days 必须为正数</translation>
    </message>
    <message>
        <source>stages &apos;%1&apos; and &apos;%2&apos; both have no &quot;when&quot;; exactly one stage is the default</source>
        <translation>阶段“%1”和“%2”都没有“when”；只能有一个阶段作为默认阶段</translation>
    </message>
    <message>
        <source>one stage must have no &quot;when&quot;: the stage of a lead nothing happened to</source>
        <translation>必须有一个阶段没有“when”：即没有任何进展的线索所处的阶段</translation>
    </message>
    <message>
        <source>no stage is marked &quot;positive&quot;: which stage is the conversion?</source>
        <translation>没有阶段标记为“positive”：哪个阶段代表成交？</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; needs at least one winner and one loser stage</source>
        <translation>层级“%1”至少需要一个胜出阶段和一个落败阶段</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; has a negative margin</source>
        <translation>层级“%1”的间隔（margin）为负数</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; lists stage &apos;%2&apos; as winner and loser</source>
        <translation>层级“%1”把阶段“%2”同时列为胜出和落败阶段</translation>
    </message>
    <message>
        <source>stages &apos;%1&apos; and &apos;%2&apos; are paired by two tiers</source>
        <translation>阶段“%1”和“%2”被两个层级重复配对</translation>
    </message>
    <message>
        <source>exactly one queue must have no &quot;when&quot; (the queue of leads nothing happened to)</source>
        <translation>必须恰好有一个队列没有“when”（即没有任何进展的线索所在的队列）</translation>
    </message>
    <message>
        <source>funnel &apos;%1&apos; has no tier &apos;%2&apos;</source>
        <translation>漏斗“%1”中没有层级“%2”</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a tokenizer.json: the top level is not a JSON object</source>
        <translation>%1：不是 tokenizer.json：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: no &quot;model&quot; object</source>
        <translation>%1：缺少“model”对象</translation>
    </message>
    <message>
        <source>%1: no pre_tokenizer: only the Qwen2 Split + ByteLevel pre-tokenizer is supported</source>
        <translation>%1：缺少 pre_tokenizer：仅支持 Qwen2 的 Split + ByteLevel 预分词器</translation>
    </message>
    <message>
        <source>%1: model type &quot;%2&quot; is not supported: only byte-level BPE models are</source>
        <translation>%1：不支持模型类型“%2”：仅支持字节级 BPE 模型</translation>
    </message>
    <message>
        <source>%1: model.vocab is missing or not an object</source>
        <translation>%1：model.vocab 缺失或不是对象</translation>
    </message>
    <message>
        <source>%1: model.merges is missing or not an array</source>
        <translation>%1：model.merges 缺失或不是数组</translation>
    </message>
    <message>
        <source>%1: model.dropout is set: BPE dropout is random and not supported</source>
        <translation>%1：设置了 model.dropout：BPE dropout 具有随机性，不受支持</translation>
    </message>
    <message>
        <source>%1: model.%2 is not supported (byte-level BPE does not use it)</source>
        <translation>%1：不支持 model.%2（字节级 BPE 不使用该项）</translation>
    </message>
    <message>
        <source>%1: model.vocab[&quot;%2&quot;] is not a valid token id</source>
        <translation>%1：model.vocab[&quot;%2&quot;] 不是有效的词元 ID</translation>
    </message>
    <message>
        <source>%1: model.merges[%2] &quot;%3&quot; is not two tokens separated by one space</source>
        <translation>%1：model.merges[%2]“%3”不是由一个空格分隔的两个词元</translation>
    </message>
    <message>
        <source>%1: model.merges[%2] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1：model.merges[%2] 既不是 &quot;a b&quot; 也不是 [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1: %2: token &quot;%3&quot; is not in model.vocab</source>
        <translation>%1：%2：词元“%3”不在 model.vocab 中</translation>
    </message>
    <message>
        <source>%1: %2: merged token &quot;%3&quot; is not in model.vocab</source>
        <translation>%1：%2：合并后的词元“%3”不在 model.vocab 中</translation>
    </message>
    <message>
        <source>%1: added_tokens is not an array</source>
        <translation>%1：added_tokens 不是数组</translation>
    </message>
    <message>
        <source>%1: added_tokens[%2] needs an &quot;id&quot; and a &quot;content&quot; string</source>
        <translation>%1：added_tokens[%2] 需要“id”和字符串“content”</translation>
    </message>
    <message>
        <source>%1: normalizer &quot;%2&quot; is not supported: only none or NFC</source>
        <translation>%1：不支持规范化器“%2”：仅支持无或 NFC</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split pattern is not the Qwen2 regex (the only one supported)</source>
        <translation>%1：pre_tokenizer 的 Split 模式不是 Qwen2 正则表达式（仅支持这一种）</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split behavior &quot;%2&quot; is not supported: only Isolated</source>
        <translation>%1：不支持 pre_tokenizer 的 Split 行为“%2”：仅支持 Isolated</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split with invert=true is not supported</source>
        <translation>%1：不支持 invert=true 的 pre_tokenizer Split</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer ByteLevel add_prefix_space=true is not supported</source>
        <translation>%1：不支持 add_prefix_space=true 的 pre_tokenizer ByteLevel</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer ByteLevel use_regex=true (the GPT-2 regex) is not supported: only the Qwen2 Split</source>
        <translation>%1：不支持 use_regex=true（GPT-2 正则表达式）的 pre_tokenizer ByteLevel：仅支持 Qwen2 的 Split</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Sequence: the step after Split must be ByteLevel</source>
        <translation>%1：pre_tokenizer Sequence：Split 之后的步骤必须是 ByteLevel</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer &quot;%2&quot; is not supported: only Sequence[Split(Qwen2 regex), ByteLevel]</source>
        <translation>%1：不支持 pre_tokenizer“%2”：仅支持 Sequence[Split(Qwen2 regex), ByteLevel]</translation>
    </message>
    <message>
        <source>%1: decoder &quot;%2&quot; is not supported: only ByteLevel</source>
        <translation>%1：不支持解码器“%2”：仅支持 ByteLevel</translation>
    </message>
    <message>
        <source>%1: post_processor &quot;%2&quot; is not supported: only none or ByteLevel</source>
        <translation>%1：不支持 post_processor“%2”：仅支持无或 ByteLevel</translation>
    </message>
    <message>
        <source>%1: empty file, expected a tokenizer.json</source>
        <translation>%1：文件为空，应为 tokenizer.json</translation>
    </message>
    <message>
        <source>%1: not valid JSON (truncated or corrupt?): %2</source>
        <translation>%1：不是有效的 JSON（文件不完整或已损坏？）：%2</translation>
    </message>
    <message>
        <source>%1: token id %2 is not in the vocabulary</source>
        <translation>%1：词元 ID %2 不在词表中</translation>
    </message>
    <message>
        <source>ICU NFC normalizer unavailable</source>
        <translation>ICU NFC 规范化器不可用</translation>
    </message>
    <message>
        <source>ICU NFC normalization failed</source>
        <translation>ICU NFC 规范化失败</translation>
    </message>
</context>
<context>
    <name>ll::jobs::Explainer</name>
    <message>
        <source>the lead is no longer in the workspace</source>
        <translation>该线索已不在工作区中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot explain the lead&apos;s rank: %1</source>
        <translation>无法解释该线索的排名：%1</translation>
    </message>
</context>
<context>
    <name>ll::jobs::ModelInfo</name>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Backbone: %1 (%2 layers, width %3, %4 heads, vocabulary %5, %6 parameters)%7</source>
        <translation>主干网络：%1（%2 层，宽度 %3，%4 个注意力头，词表 %5，参数 %6）%7</translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>内嵌</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>外部 %1</translation>
    </message>
    <message>
        <source>, LoRA adapter</source>
        <translation>，含 LoRA 适配器</translation>
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
        <source>&apos;%1&apos; is not a LeadLadder model folder: it has no manifest.json. Choose the folder that `leadladder-cli train` wrote.</source>
        <translation>“%1”不是 LeadLadder 模型文件夹：其中没有 manifest.json。请选择由 `leadladder-cli train` 生成的文件夹。</translation>
    </message>
</context>
<context>
    <name>ll::jobs::Scoring</name>
    <message>
        <source>Scoring was cancelled; the workspace is unchanged.</source>
        <translation>评分已取消，工作区没有任何改动。</translation>
    </message>
    <message>
        <source>Cannot serialize the leads: %1</source>
        <translation>无法序列化线索：%1</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>评分失败：%1</translation>
    </message>
</context>
<context>
    <name>ll::ui</name>
    <message>
        <source>%1 is not a LeadLadder workspace (it has no workspace.sqlite).</source>
        <translation>%1 不是 LeadLadder 工作区（其中没有 workspace.sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>未导出 %1：%2</translation>
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
    <message>
        <source>split by creation time %1:%2, %3 training leads created before %4, %5 test leads from then on; funnel %6</source>
        <translation>按创建时间 %1:%2 划分：%4 之前创建的 %3 条线索用于训练，此后的 %5 条用于测试；漏斗 %6</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportTask</name>
    <message>
        <source>The import stopped because of an internal error (%1). The workspace is unchanged.</source>
        <translation>导入因内部错误（%1）而中止。工作区没有任何改动。</translation>
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
    <message>
        <source>Header &amp;row:</source>
        <translation>表头行(&amp;R)：</translation>
    </message>
    <message>
        <source>The row that names the columns. Exports that start with a title or a date above the header are recognised; choose the row here if the columns look wrong.</source>
        <translation>写有列名的那一行。表头上方带有标题或日期的导出文件会被自动识别；如果列看起来不对，请在这里选择表头所在行。</translation>
    </message>
    <message>
        <source>Row numbers are those of the file, so a rejected row can be found in it.</source>
        <translation>行号与文件中的行号一致，便于在文件中找到被拒绝的行。</translation>
    </message>
    <message>
        <source>Detected: row %1</source>
        <translation>已检测：第 %1 行</translation>
    </message>
    <message>
        <source>The header is on row %1; the rows above it are skipped.</source>
        <translation>表头在第 %1 行；其上方的行将被跳过。</translation>
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
    <message>
        <source>Activity</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>最长通话</translation>
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
    <message>
        <source>Write each chart that has data into &lt;dir&gt; as PNG and PDF, without the window, and quit.</source>
        <translation>不打开窗口，将每个有数据的图表以 PNG 和 PDF 格式写入 &lt;dir&gt;，然后退出。</translation>
    </message>
    <message>
        <source>With --export-charts: the evaluation report (JSON) to chart instead of the workspace&apos;s latest.</source>
        <translation>与 --export-charts 一起使用：用于绘图的评估报告（JSON），代替工作区中最新的报告。</translation>
    </message>
    <message>
        <source>With --export-charts: the A/B results to chart (a simulate-ab folder or its JSON) instead of the workspace&apos;s latest experiment.</source>
        <translation>与 --export-charts 一起使用：用于绘图的 A/B 结果（simulate-ab 输出文件夹或其 JSON），代替工作区中最新的实验。</translation>
    </message>
</context>
</TS>
