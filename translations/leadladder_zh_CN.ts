<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ll::ui::LeadTableModel</name>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>已报价</translation>
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
        <source>Funnel stage</source>
        <translation>漏斗阶段</translation>
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
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <source>Position in the Funnel+Recency queue: deepest funnel stage first, then most recent contact.</source>
        <translation>在“漏斗+时效”队列中的名次：漏斗阶段最深的在前，其次按最近联系时间排序。</translation>
    </message>
    <message>
        <source>Deepest funnel stage the lead has reached so far.</source>
        <translation>该线索目前到达的最深漏斗阶段。</translation>
    </message>
    <message>
        <source>Calls, messages, store visits, test drives and quotes recorded for the lead.</source>
        <translation>该线索已记录的通话、消息、到店、试驾和报价的总次数。</translation>
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
            <numerusform>%Ln 条跟进中</numerusform>
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
        <source>Import CRM Export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CRM 导出文件 (*.csv *.xlsx *.tsv *.txt);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
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
</context>
</TS>
