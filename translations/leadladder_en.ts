<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallSheetPdf</name>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Last note</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>no cues</source>
        <translation>no cues</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>Deadline coming (lease, inspection, move): offer a delivery date that fits</source>
        <translation>Deadline coming (lease, inspection, move): offer a delivery date that fits</translation>
    </message>
    <message>
        <source>Family decides too: invite spouse/family to a visit or test drive</source>
        <translation>Family decides too: invite spouse/family to a visit or test drive</translation>
    </message>
    <message>
        <source>Comparing a competitor: bring the comparison sheet</source>
        <translation>Comparing a competitor: bring the comparison sheet</translation>
    </message>
    <message>
        <source>Waiting for a price cut: explain current offers and their end date</source>
        <translation>Waiting for a price cut: explain current offers and their end date</translation>
    </message>
    <message>
        <source>Trade-in: confirm the valuation and the subsidy</source>
        <translation>Trade-in: confirm the valuation and the subsidy</translation>
    </message>
    <message>
        <source>Asked about delivery: check stock and lead time before calling</source>
        <translation>Asked about delivery: check stock and lead time before calling</translation>
    </message>
    <message>
        <source>Asked about deposit/financing: prepare the order and payment plan</source>
        <translation>Asked about deposit/financing: prepare the order and payment plan</translation>
    </message>
    <message>
        <source>Wants another test drive: propose a slot</source>
        <translation>Wants another test drive: propose a slot</translation>
    </message>
    <message>
        <source>Ranked by scoring run %1 (%2)</source>
        <translation>Ranked by scoring run %1 (%2)</translation>
    </message>
    <message>
        <source>Ranked by Funnel+Recency (no model has scored this workspace yet)</source>
        <translation>Ranked by Funnel+Recency (no model has scored this workspace yet)</translation>
    </message>
    <message>
        <source>Call sheet: %1</source>
        <translation>Call sheet: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Specialist tier %1</source>
        <translation>Specialist tier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone numbers are masked.</source>
        <translation>Phone numbers are masked.</translation>
    </message>
    <message>
        <source>No open leads.</source>
        <translation>No open leads.</translation>
    </message>
    <message>
        <source>No specialist was chosen.</source>
        <translation>No specialist was chosen.</translation>
    </message>
    <message>
        <source>Call sheets</source>
        <translation>Call sheets</translation>
    </message>
    <message>
        <source>The PDF could not be written; check the folder is writable.</source>
        <translation>The PDF could not be written; check the folder is writable.</translation>
    </message>
    <message>
        <source>Cannot replace the file (is it open in another program?).</source>
        <translation>Cannot replace the file (is it open in another program?).</translation>
    </message>
</context>
<context>
    <name>ll::Error</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>column &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ll::crm::CallSheet</name>
    <message>
        <source>The workspace could not be read (%1).</source>
        <translation>The workspace could not be read (%1).</translation>
    </message>
    <message>
        <source>Cannot write the call sheet: %1.</source>
        <translation>Cannot write the call sheet: %1.</translation>
    </message>
    <message>
        <source>The workspace database is missing; open or create a workspace first.</source>
        <translation>The workspace database is missing; open or create a workspace first.</translation>
    </message>
    <message>
        <source>Choose at least one lead per specialist.</source>
        <translation>Choose at least one lead per specialist.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot create the call sheet file.</source>
        <translation>Cannot create the call sheet file.</translation>
    </message>
    <message>
        <source>Cannot add a worksheet for a specialist.</source>
        <translation>Cannot add a worksheet for a specialist.</translation>
    </message>
    <message>
        <source>Cannot replace the file (is it open in another program?).</source>
        <translation>Cannot replace the file (is it open in another program?).</translation>
    </message>
</context>
<context>
    <name>ll::crm::CsvReader</name>
    <message>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <source>&apos;%1&apos;-separated</source>
        <translation>&apos;%1&apos;-separated</translation>
    </message>
    <message>
        <source>%1%2, %3</source>
        <translation>%1%2, %3</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> with BOM</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Nothing to import: the file is empty. Check that the export from the CRM finished, then choose the file again.</source>
        <translation>Nothing to import: the file is empty. Check that the export from the CRM finished, then choose the file again.</translation>
    </message>
    <message>
        <source>The file cannot be imported: this is not a CSV text file (binary data at row %1). Choose the CSV export itself; a workbook from an old Excel version (.xls) must first be saved as .xlsx or CSV.</source>
        <translation>The file cannot be imported: this is not a CSV text file (binary data at row %1). Choose the CSV export itself; a workbook from an old Excel version (.xls) must first be saved as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>this cell</source>
        <translation>this cell</translation>
    </message>
    <message>
        <source>cell %1 of this row</source>
        <translation>cell %1 of this row</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>The file could not be read (%1).</translation>
    </message>
    <message>
        <source>The column separator must be a single plain character other than a quote or a line break: choose comma, semicolon, tab or pipe.</source>
        <translation>The column separator must be a single plain character other than a quote or a line break: choose comma, semicolon, tab or pipe.</translation>
    </message>
    <message>
        <source>The encoding &apos;%1&apos; is not supported: choose UTF-8, UTF-16LE, UTF-16BE or GB18030 (which also reads GBK and GB2312).</source>
        <translation>The encoding &apos;%1&apos; is not supported: choose UTF-8, UTF-16LE, UTF-16BE or GB18030 (which also reads GBK and GB2312).</translation>
    </message>
    <message>
        <source>The file could not be found; it may have been moved, renamed or deleted. Choose it again.</source>
        <translation>The file could not be found; it may have been moved, renamed or deleted. Choose it again.</translation>
    </message>
    <message>
        <source>This is a folder, not a file: choose the CSV file inside it.</source>
        <translation>This is a folder, not a file: choose the CSV file inside it.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading (%1). Check that you may read it and that no other program has it locked.</source>
        <translation>The file could not be opened for reading (%1). Check that you may read it and that no other program has it locked.</translation>
    </message>
    <message>
        <source>This file is in UTF-32, which cannot be imported: save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>This file is in UTF-32, which cannot be imported: save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark, but the import settings say it is in %2: choose %1 (or automatic detection) as the encoding in the import settings.</source>
        <translation>The file starts with a %1 byte order mark, but the import settings say it is in %2: choose %1 (or automatic detection) as the encoding in the import settings.</translation>
    </message>
    <message>
        <source>This file looks like %1 text without a byte order mark: choose %1 as the encoding in the import settings.</source>
        <translation>This file looks like %1 text without a byte order mark: choose %1 as the encoding in the import settings.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding could not be recognised (it is neither UTF-8 nor GB18030): choose the encoding in the import settings.</source>
        <translation>The file&apos;s text encoding could not be recognised (it is neither UTF-8 nor GB18030): choose the encoding in the import settings.</translation>
    </message>
    <message>
        <source>This installation cannot decode %1 text; reinstall the application or save the file as UTF-8.</source>
        <translation>This installation cannot decode %1 text; reinstall the application or save the file as UTF-8.</translation>
    </message>
    <message>
        <source>This row is longer than the limit of %1 per row.</source>
        <translation>This row is longer than the limit of %1 per row.</translation>
    </message>
    <message>
        <source> It most likely has a missing closing quote: the quoted value in %1 starts on line %2 of the file and never ends. Add the closing quote (&quot;) in the file, then import again.</source>
        <translation> It most likely has a missing closing quote: the quoted value in %1 starts on line %2 of the file and never ends. Add the closing quote (&quot;) in the file, then import again.</translation>
    </message>
    <message>
        <source> Check that the right column separator is chosen in the import settings.</source>
        <translation> Check that the right column separator is chosen in the import settings.</translation>
    </message>
    <message>
        <source>The quoted value in %1 starts on line %2 of the file and has a missing closing quote, so everything after it up to the end of the file would be one value. Add the closing quote (&quot;) in the file, then import again.</source>
        <translation>The quoted value in %1 starts on line %2 of the file and has a missing closing quote, so everything after it up to the end of the file would be one value. Add the closing quote (&quot;) in the file, then import again.</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid UTF-8, the encoding chosen in the import settings; the file is probably in another encoding (GB18030 is common for Chinese CRM exports): choose it in the import settings.</source>
        <translation>The bytes in %1 are not valid UTF-8, the encoding chosen in the import settings; the file is probably in another encoding (GB18030 is common for Chinese CRM exports): choose it in the import settings.</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid UTF-8; the file may be in another encoding (GB18030 is common for Chinese CRM exports): choose the encoding in the import settings.</source>
        <translation>The bytes in %1 are not valid UTF-8; the file may be in another encoding (GB18030 is common for Chinese CRM exports): choose the encoding in the import settings.</translation>
    </message>
    <message>
        <source>The bytes in %1 are not valid GB18030 (GBK) text; the file may be in another encoding, such as UTF-8: choose the encoding in the import settings.</source>
        <translation>The bytes in %1 are not valid GB18030 (GBK) text; the file may be in another encoding, such as UTF-8: choose the encoding in the import settings.</translation>
    </message>
    <message>
        <source>The text in %1 is not valid %2 (a broken character or a cut-off end of file); the file may be damaged or in another encoding: choose the encoding in the import settings.</source>
        <translation>The text in %1 is not valid %2 (a broken character or a cut-off end of file); the file may be damaged or in another encoding: choose the encoding in the import settings.</translation>
    </message>
    <message>
        <source>The file could not be read to its end a second time to fingerprint it. Check that it is still there and readable, then import it again.</source>
        <translation>The file could not be read to its end a second time to fingerprint it. Check that it is still there and readable, then import it again.</translation>
    </message>
    <message>
        <source>The file changed while it was being read (%1 bytes were read, it now has %2). If it is still being downloaded or exported, wait until that finishes, then import it again.</source>
        <translation>The file changed while it was being read (%1 bytes were read, it now has %2). If it is still being downloaded or exported, wait until that finishes, then import it again.</translation>
    </message>
    <message>
        <source>The file has nothing at or below row %1, which was given as the header row.</source>
        <translation>The file has nothing at or below row %1, which was given as the header row.</translation>
    </message>
</context>
<context>
    <name>ll::crm::Import</name>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>per-lead</source>
        <translation>per-lead</translation>
    </message>
    <message>
        <source>per-interaction</source>
        <translation>per-interaction</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>explicit</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>remembered</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The old binary Excel format (.xls) is not supported. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>The old binary Excel format (.xls) is not supported. Open it in Excel or LibreOffice and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;. Its sheets are: %2.</source>
        <translation>The workbook has no sheet named &apos;%1&apos;. Its sheets are: %2.</translation>
    </message>
    <message>
        <source>%1has no lead id column: each lead&apos;s id is derived from its creation time, name and phone, so a newer export of the same leads maps onto the same ids.</source>
        <translation>%1has no lead id column: each lead&apos;s id is derived from its creation time, name and phone, so a newer export of the same leads maps onto the same ids.</translation>
    </message>
    <message>
        <source>%1has no lead id column: each lead&apos;s id is derived from the whole row&apos;s content (a row that changes in a later export becomes a new lead; map an id column if the CRM has one).</source>
        <translation>%1has no lead id column: each lead&apos;s id is derived from the whole row&apos;s content (a row that changes in a later export becomes a new lead; map an id column if the CRM has one).</translation>
    </message>
    <message>
        <source>The file </source>
        <translation>The file </translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; </source>
        <translation>Sheet &apos;%1&apos; </translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>The import was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns; the extra cells would be lost. Check for an unquoted delimiter in a text cell.</source>
        <translation>The row has %1 cells but the header has %2 columns; the extra cells would be lost. Check for an unquoted delimiter in a text cell.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns. Check for a line break inside an unquoted cell or a missing delimiter.</source>
        <translation>The row has %1 cells but the header has %2 columns. Check for a line break inside an unquoted cell or a missing delimiter.</translation>
    </message>
    <message>
        <source>The lead id is empty.</source>
        <translation>The lead id is empty.</translation>
    </message>
    <message>
        <source>Lead id &apos;%1&apos; appears again (first at row %2). A per-lead export must have one row per lead.</source>
        <translation>Lead id &apos;%1&apos; appears again (first at row %2). A per-lead export must have one row per lead.</translation>
    </message>
    <message>
        <source>The interaction type is empty.</source>
        <translation>The interaction type is empty.</translation>
    </message>
    <message>
        <source>The time of the interaction is empty.</source>
        <translation>The time of the interaction is empty.</translation>
    </message>
    <message>
        <source>Slash dates in this file are written both day-first (e.g. 25/03/2026) and month-first (e.g. 03/25/2026). Fix the export or set the date order in the mapping profile.</source>
        <translation>Slash dates in this file are written both day-first (e.g. 25/03/2026) and month-first (e.g. 03/25/2026). Fix the export or set the date order in the mapping profile.</translation>
    </message>
    <message>
        <source>%1writes dates day-first (detected from the dates).</source>
        <translation>%1writes dates day-first (detected from the dates).</translation>
    </message>
    <message>
        <source>%1writes dates month-first (detected from the dates).</source>
        <translation>%1writes dates month-first (detected from the dates).</translation>
    </message>
    <message>
        <source>%1has dates like 03/04/2026 that could be day-first or month-first; they were read %2 (this computer&apos;s date format). If that is wrong, set the date order in the mapping profile and import again.</source>
        <translation>%1has dates like 03/04/2026 that could be day-first or month-first; they were read %2 (this computer&apos;s date format). If that is wrong, set the date order in the mapping profile and import again.</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>day-first</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>month-first</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Imported %1 without its %2 rejected row.</source>
        <translation>Imported %1 without its %2 rejected row.</translation>
    </message>
    <message>
        <source>Imported %1 without its %2 rejected rows.</source>
        <translation>Imported %1 without its %2 rejected rows.</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>Nothing new in %1: the workspace already holds all of it.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 row was rejected (fix it, or import with the option to skip rejected rows).</source>
        <translation>Nothing was imported from %1: %2 row was rejected (fix it, or import with the option to skip rejected rows).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 rows were rejected (fix them, or import with the option to skip rejected rows).</source>
        <translation>Nothing was imported from %1: %2 rows were rejected (fix them, or import with the option to skip rejected rows).</translation>
    </message>
    <message>
        <source>Checked %1 (dry run; nothing was written).</source>
        <translation>Checked %1 (dry run; nothing was written).</translation>
    </message>
    <message>
        <source>%1%2, %3, mapping %4</source>
        <translation>%1%2, %3, mapping %4</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: </source>
        <translation>sheet &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>rows read: %1, rejected: %2</source>
        <translation>rows read: %1, rejected: %2</translation>
    </message>
    <message>
        <source>leads: %1 new, %2 updated, %3 unchanged, %4 created from interactions</source>
        <translation>leads: %1 new, %2 updated, %3 unchanged, %4 created from interactions</translation>
    </message>
    <message>
        <source>interactions: %1 new, %2 already present</source>
        <translation>interactions: %1 new, %2 already present</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>rejected rows by reason:</source>
        <translation>rejected rows by reason:</translation>
    </message>
    <message>
        <source>... (all of them with --json)</source>
        <translation>... (all of them with --json)</translation>
    </message>
    <message>
        <source>The sheet has no header row (it is empty).</source>
        <translation>The sheet has no header row (it is empty).</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; is empty and was skipped.</source>
        <translation>Sheet &apos;%1&apos; is empty and was skipped.</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos; was skipped: %2</source>
        <translation>Sheet &apos;%1&apos; was skipped: %2</translation>
    </message>
    <message>
        <source>No sheet of the workbook looks like a lead or interaction export.</source>
        <translation>No sheet of the workbook looks like a lead or interaction export.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>The file has a header but no data rows.</translation>
    </message>
    <message>
        <source>This file is identical to import #%1.</source>
        <translation>This file is identical to import #%1.</translation>
    </message>
    <message>
        <source>The workspace could not be written (%1). Nothing was imported.</source>
        <translation>The workspace could not be written (%1). Nothing was imported.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &apos;%1&apos;.</source>
        <translation>The workbook has no sheet named &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The profile has no header signature; read a file&apos;s header first.</source>
        <translation>The profile has no header signature; read a file&apos;s header first.</translation>
    </message>
</context>
<context>
    <name>ll::crm::MappingProfile</name>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>City tier</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Specialist tier</source>
        <translation>Specialist tier</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>Budget band</translation>
    </message>
    <message>
        <source>Current vehicle</source>
        <translation>Current vehicle</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>Financing interest</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last call at</source>
        <translation>Last call at</translation>
    </message>
    <message>
        <source>Last call duration (s)</source>
        <translation>Last call duration (s)</translation>
    </message>
    <message>
        <source>Store visit at</source>
        <translation>Store visit at</translation>
    </message>
    <message>
        <source>Test drive at</source>
        <translation>Test drive at</translation>
    </message>
    <message>
        <source>Quote at</source>
        <translation>Quote at</translation>
    </message>
    <message>
        <source>Order at</source>
        <translation>Order at</translation>
    </message>
    <message>
        <source>Defeat at</source>
        <translation>Defeat at</translation>
    </message>
    <message>
        <source>Defeat reason</source>
        <translation>Defeat reason</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Outcome at</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes at</source>
        <translation>Notes at</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Interaction kind</translation>
    </message>
    <message>
        <source>Interaction time</source>
        <translation>Interaction time</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: expected a string</translation>
    </message>
    <message>
        <source>(empty header)</source>
        <translation>(empty header)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>format: not a LeadLadder mapping profile (expected &quot;%1&quot;)</source>
        <translation>format: not a LeadLadder mapping profile (expected &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version: expected a whole number from 1</translation>
    </message>
    <message>
        <source>This mapping profile was made by a newer LeadLadder (format version %1; this one reads version %2): update LeadLadder to use it</source>
        <translation>This mapping profile was made by a newer LeadLadder (format version %1; this one reads version %2): update LeadLadder to use it</translation>
    </message>
    <message>
        <source>delimiter: expected one character, got &apos;%1&apos;</source>
        <translation>delimiter: expected one character, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>shape: &apos;%1&apos; is not one of auto, per-lead, per-interaction</source>
        <translation>shape: &apos;%1&apos; is not one of auto, per-lead, per-interaction</translation>
    </message>
    <message>
        <source>dateOrder: &apos;%1&apos; is not one of auto, day-first, month-first</source>
        <translation>dateOrder: &apos;%1&apos; is not one of auto, day-first, month-first</translation>
    </message>
    <message>
        <source>columns: expected an array</source>
        <translation>columns: expected an array</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: expected an object</translation>
    </message>
    <message>
        <source>%1.header: expected a string</source>
        <translation>%1.header: expected a string</translation>
    </message>
    <message>
        <source>%1.field: &apos;%2&apos; is not a lead field</source>
        <translation>%1.field: &apos;%2&apos; is not a lead field</translation>
    </message>
    <message>
        <source>%1.field: expected a field name or null</source>
        <translation>%1.field: expected a field name or null</translation>
    </message>
    <message>
        <source>%1.ignore: expected true or false</source>
        <translation>%1.ignore: expected true or false</translation>
    </message>
    <message>
        <source>The mapping profile does not exist</source>
        <translation>The mapping profile does not exist</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile: %1</source>
        <translation>Cannot read the mapping profile: %1</translation>
    </message>
    <message>
        <source>Too large to be a mapping profile (%1 bytes)</source>
        <translation>Too large to be a mapping profile (%1 bytes)</translation>
    </message>
    <message>
        <source>Not a valid mapping profile: %1 at byte %2</source>
        <translation>Not a valid mapping profile: %1 at byte %2</translation>
    </message>
    <message>
        <source>Not a mapping profile: expected a JSON object</source>
        <translation>Not a mapping profile: expected a JSON object</translation>
    </message>
    <message>
        <source>Cannot create the folder for the mapping profile</source>
        <translation>Cannot create the folder for the mapping profile</translation>
    </message>
    <message>
        <source>Cannot write the mapping profile: %1</source>
        <translation>Cannot write the mapping profile: %1</translation>
    </message>
    <message>
        <source>The file lacks %1 the mapping profile%2 expects: %3. Choose another profile or map the columns again</source>
        <translation>The file lacks %1 the mapping profile%2 expects: %3. Choose another profile or map the columns again</translation>
    </message>
    <message>
        <source>a column</source>
        <translation>a column</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; are both mapped to %3: map one of them to another field or ignore it</source>
        <translation>Columns &apos;%1&apos; and &apos;%2&apos; are both mapped to %3: map one of them to another field or ignore it</translation>
    </message>
    <message>
        <source>A per-interaction export needs columns for Lead ID, Interaction kind and Interaction time: map a column to %1</source>
        <translation>A per-interaction export needs columns for Lead ID, Interaction kind and Interaction time: map a column to %1</translation>
    </message>
    <message>
        <source>No column is mapped to a lead field: map at least one column (the lead ID if the export has one)</source>
        <translation>No column is mapped to a lead field: map at least one column (the lead ID if the export has one)</translation>
    </message>
    <message>
        <source>headerRow: expected a whole number from 1 (the header&apos;s row)</source>
        <translation>headerRow: expected a whole number from 1 (the header&apos;s row)</translation>
    </message>
</context>
<context>
    <name>ll::crm::ScoreStats</name>
    <message>
        <source>The workspace could not be read (%1).</source>
        <translation>The workspace could not be read (%1).</translation>
    </message>
    <message>
        <source>The workspace database is missing; open or create a workspace first.</source>
        <translation>The workspace database is missing; open or create a workspace first.</translation>
    </message>
    <message>
        <source>Experiment %1 has more than two arms; the chart compares two (A and B).</source>
        <translation>Experiment %1 has more than two arms; the chart compares two (A and B).</translation>
    </message>
</context>
<context>
    <name>ll::crm::ScoreStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The workspace has no scoring tables: open it with this version of LeadLadder first so its schema is upgraded.</source>
        <translation>The workspace has no scoring tables: open it with this version of LeadLadder first so its schema is upgraded.</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1</source>
        <translation>Cannot open the workspace database %1</translation>
    </message>
    <message>
        <source>Cannot read the scoring runs</source>
        <translation>Cannot read the scoring runs</translation>
    </message>
    <message>
        <source>Cannot read the scores</source>
        <translation>Cannot read the scores</translation>
    </message>
    <message>
        <source>Cannot write the scoring run</source>
        <translation>Cannot write the scoring run</translation>
    </message>
</context>
<context>
    <name>ll::crm::Values</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1%2 is out of range: years %3 to %4 are accepted</source>
        <translation>%1%2 is out of range: years %3 to %4 are accepted</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 is not a date: there is no month %2</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no day %2</source>
        <translation>%1 is not a date: there is no day %2</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>%1 is not a date: %2 %3 has %4 days</translation>
    </message>
    <message>
        <source>%1 has an impossible time: hours run 0-23, minutes and seconds 0-59</source>
        <translation>%1 has an impossible time: hours run 0-23, minutes and seconds 0-59</translation>
    </message>
    <message>
        <source>%1 has an impossible time: with AM/PM hours run 1-12</source>
        <translation>%1 has an impossible time: with AM/PM hours run 1-12</translation>
    </message>
    <message>
        <source>%1 has an invalid UTC offset: write +08:00, +0800 or Z</source>
        <translation>%1 has an invalid UTC offset: write +08:00, +0800 or Z</translation>
    </message>
    <message>
        <source>%1 is ambiguous (day/month or month/day): set day-first or month-first in the mapping profile</source>
        <translation>%1 is ambiguous (day/month or month/day): set day-first or month-first in the mapping profile</translation>
    </message>
    <message>
        <source>%1 is not a date: write 2026-03-01, 2026-03-01 10:20, 01.03.2026 or 2026年3月1日</source>
        <translation>%1 is not a date: write 2026-03-01, 2026-03-01 10:20, 01.03.2026 or 2026年3月1日</translation>
    </message>
    <message>
        <source>%1 is not a date: write 2026-03-01, 2026-03-01 10:20 or 01.03.2026</source>
        <translation>%1 is not a date: write 2026-03-01, 2026-03-01 10:20 or 01.03.2026</translation>
    </message>
    <message>
        <source>%1 is the Excel serial of 1900-02-29, a day that does not exist</source>
        <translation>%1 is the Excel serial of 1900-02-29, a day that does not exist</translation>
    </message>
    <message>
        <source> (Excel serial of %1)</source>
        <translation> (Excel serial of %1)</translation>
    </message>
    <message>
        <source>%1 is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss</source>
        <translation>%1 is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss</translation>
    </message>
    <message>
        <source>%1 is not a duration: seconds must be below 60</source>
        <translation>%1 is not a duration: seconds must be below 60</translation>
    </message>
    <message>
        <source>%1 is not a duration: minutes and seconds must be below 60</source>
        <translation>%1 is not a duration: minutes and seconds must be below 60</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>empty date</translation>
    </message>
    <message>
        <source>%1 is a number, not a date</source>
        <translation>%1 is a number, not a date</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>empty duration</translation>
    </message>
    <message>
        <source>%1 is negative: a duration cannot be below zero</source>
        <translation>%1 is negative: a duration cannot be below zero</translation>
    </message>
    <message>
        <source>%1 is not a duration: unknown unit &apos;%2&apos; (use h, min, s, 小时, 分, 秒)</source>
        <translation>%1 is not a duration: unknown unit &apos;%2&apos; (use h, min, s, 小时, 分, 秒)</translation>
    </message>
    <message>
        <source>%1 is not a duration: write hours, then minutes, then seconds</source>
        <translation>%1 is not a duration: write hours, then minutes, then seconds</translation>
    </message>
    <message>
        <source>%1 is not an outcome: write yes/no, y/n, true/false, 1/0, won/lost, converted, ordered, locked, defeated, 成交/战败, 是/否, 赢单/输单, 锁单 or 流失</source>
        <translation>%1 is not an outcome: write yes/no, y/n, true/false, 1/0, won/lost, converted, ordered, locked, defeated, 成交/战败, 是/否, 赢单/输单, 锁单 or 流失</translation>
    </message>
    <message>
        <source>empty interaction kind</source>
        <translation>empty interaction kind</translation>
    </message>
    <message>
        <source>%1 is not an interaction kind: write call, message, store visit, test drive, quote, order, defeat or note (电话, 短信, 到店, 试驾, 报价, 锁单, 战败, 备注)</source>
        <translation>%1 is not an interaction kind: write call, message, store visit, test drive, quote, order, defeat or note (电话, 短信, 到店, 试驾, 报价, 锁单, 战败, 备注)</translation>
    </message>
</context>
<context>
    <name>ll::crm::Workspace</name>
    <message>
        <source>The workspace could not be read or written (%1).</source>
        <translation>The workspace could not be read or written (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a workspace folder. Choose a folder (it is created if missing).</source>
        <translation>&apos;%1&apos; is a file, not a workspace folder. Choose a folder (it is created if missing).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LeadLadder workspace (no workspace.sqlite in it).</source>
        <translation>&apos;%1&apos; is not a LeadLadder workspace (no workspace.sqlite in it).</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder &apos;%1&apos;: check that it is writable.</source>
        <translation>Cannot create the workspace folder &apos;%1&apos;: check that it is writable.</translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; is damaged (%2). Restore it from a backup or start a new workspace.</source>
        <translation>The workspace database &apos;%1&apos; is damaged (%2). Restore it from a backup or start a new workspace.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SQLite database; it cannot be opened as a workspace.</source>
        <translation>&apos;%1&apos; is not a SQLite database; it cannot be opened as a workspace.</translation>
    </message>
</context>
<context>
    <name>ll::crm::XlsxReader</name>
    <message>
        <source>The workbook &apos;%1&apos; could not be read as a zip archive: it is truncated or damaged.</source>
        <translation>The workbook &apos;%1&apos; could not be read as a zip archive: it is truncated or damaged.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: its part &apos;%2&apos; %3.</source>
        <translation>The workbook &apos;%1&apos; is damaged: its part &apos;%2&apos; %3.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; would unpack to %3, more than the limit of %4.</source>
        <translation>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; would unpack to %3, more than the limit of %4.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; is compressed %3 to 1 (the limit is %4 to 1), which is how zip bombs are built.</source>
        <translation>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; is compressed %3 to 1 (the limit is %4 to 1), which is how zip bombs are built.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is encrypted (its part &apos;%2&apos; needs a password). Save it again without a password.</source>
        <translation>The workbook &apos;%1&apos; is encrypted (its part &apos;%2&apos; needs a password). Save it again without a password.</translation>
    </message>
    <message>
        <source>could not be found in the zip archive</source>
        <translation>could not be found in the zip archive</translation>
    </message>
    <message>
        <source>could not be unpacked</source>
        <translation>could not be unpacked</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused: its part &apos;%2&apos; contains XML entity declarations, which are refused for safety.</source>
        <translation>The workbook &apos;%1&apos; was refused: its part &apos;%2&apos; contains XML entity declarations, which are refused for safety.</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1, column %2: %3)</source>
        <translation>is not well-formed XML (line %1, column %2: %3)</translation>
    </message>
    <message>
        <source>ends too early; the file is truncated or damaged</source>
        <translation>ends too early; the file is truncated or damaged</translation>
    </message>
    <message>
        <source>could not be unpacked (zip error %1)</source>
        <translation>could not be unpacked (zip error %1)</translation>
    </message>
    <message>
        <source>fails its checksum; the file is damaged</source>
        <translation>fails its checksum; the file is damaged</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; unpacks to more data than it declares or than the limits allow.</source>
        <translation>The workbook &apos;%1&apos; was refused for safety: its part &apos;%2&apos; unpacks to more data than it declares or than the limits allow.</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is empty: it has no header row.</source>
        <translation>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is empty: it has no header row.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &apos;%1&apos;</source>
        <translation>Excel workbook, sheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is damaged: %3.</source>
        <translation>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; is damaged: %3.</translation>
    </message>
    <message>
        <source>a cell reference lies beyond Excel&apos;s last column (XFD)</source>
        <translation>a cell reference lies beyond Excel&apos;s last column (XFD)</translation>
    </message>
    <message>
        <source>a row has more cells than Excel&apos;s last column (XFD)</source>
        <translation>a row has more cells than Excel&apos;s last column (XFD)</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not have</source>
        <translation>a cell refers to shared string %1, which the workbook does not have</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>The file &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workbook file.</source>
        <translation>&apos;%1&apos; is a folder, not a workbook file.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; could not be opened for reading: %2</source>
        <translation>The file &apos;%1&apos; could not be opened for reading: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook: it is either password-protected or an old Excel 97-2003 file. Open it in Excel and save it as an .xlsx workbook without a password.</source>
        <translation>&apos;%1&apos; is not an .xlsx workbook: it is either password-protected or an old Excel 97-2003 file. Open it in Excel and save it as an .xlsx workbook without a password.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an .xlsx workbook (not a zip archive). If it holds comma- or semicolon-separated text, give it a .csv extension and import it again.</source>
        <translation>&apos;%1&apos; is not an .xlsx workbook (not a zip archive). If it holds comma- or semicolon-separated text, give it a .csv extension and import it again.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; could not be read as a zip archive: its directory is damaged.</source>
        <translation>The workbook &apos;%1&apos; could not be read as a zip archive: its directory is damaged.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; was refused for safety: its parts would unpack to %2 together, more than the limit of %3.</source>
        <translation>The workbook &apos;%1&apos; was refused for safety: its parts would unpack to %2 together, more than the limit of %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Excel workbook: it has no xl/workbook.xml part (it may be another kind of Office document, or damaged).</source>
        <translation>&apos;%1&apos; is not an Excel workbook: it has no xl/workbook.xml part (it may be another kind of Office document, or damaged).</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; has no sheets.</source>
        <translation>The workbook &apos;%1&apos; has no sheets.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; has no sheet number %2 (it has %3).</source>
        <translation>The workbook &apos;%1&apos; has no sheet number %2 (it has %3).</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: its sheet &apos;%2&apos; does not say which part holds it.</source>
        <translation>The workbook &apos;%1&apos; is damaged: its sheet &apos;%2&apos; does not say which part holds it.</translation>
    </message>
    <message>
        <source>The workbook &apos;%1&apos; is damaged: the part &apos;%2&apos; holding its sheet &apos;%3&apos; is missing.</source>
        <translation>The workbook &apos;%1&apos; is damaged: the part &apos;%2&apos; holding its sheet &apos;%3&apos; is missing.</translation>
    </message>
    <message>
        <source>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; has nothing at or below row %3, which was given as the header row.</source>
        <translation>The sheet &apos;%1&apos; of the workbook &apos;%2&apos; has nothing at or below row %3, which was given as the header row.</translation>
    </message>
</context>
<context>
    <name>ll::engine</name>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Cannot load safetensors file &quot;%1&quot;: %2.</source>
        <translation>Cannot load safetensors file &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot load safetensors index &quot;%1&quot;: %2.</source>
        <translation>Cannot load safetensors index &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>the header is not valid JSON (it contains a NUL byte at offset %1)</source>
        <translation>the header is not valid JSON (it contains a NUL byte at offset %1)</translation>
    </message>
    <message>
        <source>the index is not valid JSON (it contains a NUL byte at offset %1)</source>
        <translation>the index is not valid JSON (it contains a NUL byte at offset %1)</translation>
    </message>
    <message>
        <source>the header nests JSON values more than %1 levels deep</source>
        <translation>the header nests JSON values more than %1 levels deep</translation>
    </message>
    <message>
        <source>the index nests JSON values more than %1 levels deep</source>
        <translation>the index nests JSON values more than %1 levels deep</translation>
    </message>
    <message>
        <source>the header is not valid JSON (%1)</source>
        <translation>the header is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the index is not valid JSON (%1)</source>
        <translation>the index is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the header entry of tensor &quot;%1&quot; is not a JSON object</source>
        <translation>the header entry of tensor &quot;%1&quot; is not a JSON object</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has no &quot;%2&quot; field</source>
        <translation>tensor &quot;%1&quot; has no &quot;%2&quot; field</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a &quot;dtype&quot; that is not a string</source>
        <translation>tensor &quot;%1&quot; has a &quot;dtype&quot; that is not a string</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the unknown or unsupported dtype &quot;%2&quot; (supported: F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</source>
        <translation>tensor &quot;%1&quot; has the unknown or unsupported dtype &quot;%2&quot; (supported: F32, F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a &quot;shape&quot; that is not an array</source>
        <translation>tensor &quot;%1&quot; has a &quot;shape&quot; that is not an array</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has a shape entry that is not an integer: %2</source>
        <translation>tensor &quot;%1&quot; has a shape entry that is not an integer: %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the dimension %2, too large to count</source>
        <translation>tensor &quot;%1&quot; has the dimension %2, too large to count</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the negative dimension %2</source>
        <translation>tensor &quot;%1&quot; has the negative dimension %2</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2, not two non-negative integers</source>
        <translation>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2, not two non-negative integers</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2 whose end lies before its begin</source>
        <translation>tensor &quot;%1&quot; has &quot;data_offsets&quot; %2 whose end lies before its begin</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has the shape %2, whose size overflows 64 bits</source>
        <translation>tensor &quot;%1&quot; has the shape %2, whose size overflows 64 bits</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 bytes of data but dtype %3 and shape %4 need %5</source>
        <translation>tensor &quot;%1&quot; has %2 bytes of data but dtype %3 and shape %4 need %5</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; ends at byte %2 of the data section, but the file holds only %3 data bytes: the file is truncated</source>
        <translation>tensor &quot;%1&quot; ends at byte %2 of the data section, but the file holds only %3 data bytes: the file is truncated</translation>
    </message>
    <message>
        <source>tensors &quot;%1&quot; and &quot;%2&quot; overlap in the data section (bytes %3 to %4)</source>
        <translation>tensors &quot;%1&quot; and &quot;%2&quot; overlap in the data section (bytes %3 to %4)</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the data section belong to no tensor (a gap before tensor &quot;%3&quot;)</source>
        <translation>bytes %1 to %2 of the data section belong to no tensor (a gap before tensor &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the last %1 bytes of the data section belong to no tensor (trailing bytes)</source>
        <translation>the last %1 bytes of the data section belong to no tensor (trailing bytes)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file is %1 bytes, too large for an index</source>
        <translation>the file is %1 bytes, too large for an index</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>the file cannot be opened (%1)</translation>
    </message>
    <message>
        <source>the file cannot be examined (%1)</source>
        <translation>the file cannot be examined (%1)</translation>
    </message>
    <message>
        <source>the path is not a regular file</source>
        <translation>the path is not a regular file</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, shorter than the 8-byte header length that starts every safetensors file</source>
        <translation>the file is %1 bytes long, shorter than the 8-byte header length that starts every safetensors file</translation>
    </message>
    <message>
        <source>the file is too large to map</source>
        <translation>the file is too large to map</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the file shrank while being read</source>
        <translation>the file shrank while being read</translation>
    </message>
    <message>
        <source>the header length field says %1 bytes, more than the %2-byte limit: this is not a valid safetensors file</source>
        <translation>the header length field says %1 bytes, more than the %2-byte limit: this is not a valid safetensors file</translation>
    </message>
    <message>
        <source>the header length field says %1 bytes, but only %2 bytes follow it: the file is truncated</source>
        <translation>the header length field says %1 bytes, but only %2 bytes follow it: the file is truncated</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8 (bad byte at header offset %1)</source>
        <translation>the header is not valid UTF-8 (bad byte at header offset %1)</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>the header is not a JSON object</translation>
    </message>
    <message>
        <source>the header lists &quot;__metadata__&quot; twice</source>
        <translation>the header lists &quot;__metadata__&quot; twice</translation>
    </message>
    <message>
        <source>the header lists tensor &quot;%1&quot; twice</source>
        <translation>the header lists tensor &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>the header entry &quot;%1&quot; has the key &quot;%2&quot; twice</source>
        <translation>the header entry &quot;%1&quot; has the key &quot;%2&quot; twice</translation>
    </message>
    <message>
        <source>the header does not start with &apos;{&apos;</source>
        <translation>the header does not start with &apos;{&apos;</translation>
    </message>
    <message>
        <source>the &quot;__metadata__&quot; entry is not a JSON object</source>
        <translation>the &quot;__metadata__&quot; entry is not a JSON object</translation>
    </message>
    <message>
        <source>the &quot;__metadata__&quot; value of &quot;%1&quot; is not a string but %2</source>
        <translation>the &quot;__metadata__&quot; value of &quot;%1&quot; is not a string but %2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; holds neither model.safetensors nor model.safetensors.index.json.</source>
        <translation>The folder &quot;%1&quot; holds neither model.safetensors nor model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>the index is not a JSON object</source>
        <translation>the index is not a JSON object</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; lists tensor &quot;%1&quot; twice</source>
        <translation>its &quot;weight_map&quot; lists tensor &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>the index has the key &quot;%1&quot; twice</source>
        <translation>the index has the key &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>the index has the key &quot;%1&quot; twice in &quot;%2&quot;</source>
        <translation>the index has the key &quot;%1&quot; twice in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its &quot;metadata&quot; is not a JSON object</source>
        <translation>its &quot;metadata&quot; is not a JSON object</translation>
    </message>
    <message>
        <source>it has no &quot;weight_map&quot;</source>
        <translation>it has no &quot;weight_map&quot;</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; is not a JSON object</source>
        <translation>its &quot;weight_map&quot; is not a JSON object</translation>
    </message>
    <message>
        <source>its &quot;weight_map&quot; lists no tensors</source>
        <translation>its &quot;weight_map&quot; lists no tensors</translation>
    </message>
    <message>
        <source>the &quot;weight_map&quot; entry of tensor &quot;%1&quot; is not a file name</source>
        <translation>the &quot;weight_map&quot; entry of tensor &quot;%1&quot; is not a file name</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a file name inside the index&apos;s folder</source>
        <translation>tensor &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a file name inside the index&apos;s folder</translation>
    </message>
    <message>
        <source>these shard files are missing: %1</source>
        <translation>these shard files are missing: %1</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is stored in two shards, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>tensor &quot;%1&quot; is stored in two shards, &quot;%2&quot; and &quot;%3&quot;</translation>
    </message>
    <message>
        <source>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, which does not hold it</source>
        <translation>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, which does not hold it</translation>
    </message>
    <message>
        <source>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, but the tensor is stored in shard &quot;%3&quot;</source>
        <translation>it maps tensor &quot;%1&quot; to shard &quot;%2&quot;, but the tensor is stored in shard &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The checkpoint &quot;%1&quot; has no tensor &quot;%2&quot;.</source>
        <translation>The checkpoint &quot;%1&quot; has no tensor &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 is missing or cannot be read.</source>
        <translation>%1: %2 is missing or cannot be read.</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1: cannot write the file.</translation>
    </message>
    <message>
        <source>%1: cannot open the file to compute its SHA-256.</source>
        <translation>%1: cannot open the file to compute its SHA-256.</translation>
    </message>
    <message>
        <source>%1: read error while computing its SHA-256.</source>
        <translation>%1: read error while computing its SHA-256.</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2).</source>
        <translation>%1: not valid JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the manifest must be a JSON object.</source>
        <translation>%1: the manifest must be a JSON object.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an integer: this is not a LeadLadder checkpoint manifest.</source>
        <translation>%1: key &quot;%2&quot; is missing or not an integer: this is not a LeadLadder checkpoint manifest.</translation>
    </message>
    <message>
        <source>%1: the checkpoint has format_version %2, written by a newer LeadLadder; this version reads up to %3. Update LeadLadder to use it.</source>
        <translation>%1: the checkpoint has format_version %2, written by a newer LeadLadder; this version reads up to %3. Update LeadLadder to use it.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be at least 1.</source>
        <translation>%1: key &quot;%2&quot; must be at least 1.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is %3, expected &quot;leadladder-asllr&quot;.</source>
        <translation>%1: key &quot;%2&quot; is %3, expected &quot;leadladder-asllr&quot;.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an object.</source>
        <translation>%1: key &quot;%2&quot; is missing or not an object.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be true or false.</source>
        <translation>%1: key &quot;%2&quot; must be true or false.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must name the backbone folder when the backbone is not embedded.</source>
        <translation>%1: key &quot;%2&quot; must name the backbone folder when the backbone is not embedded.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must map each backbone file to its SHA-256.</source>
        <translation>%1: key &quot;%2&quot; must map each backbone file to its SHA-256.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a 64-digit hex SHA-256.</source>
        <translation>%1: key &quot;%2&quot; must be a 64-digit hex SHA-256.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; names the file &quot;%3&quot;, which lies outside the backbone folder.</source>
        <translation>%1: key &quot;%2&quot; names the file &quot;%3&quot;, which lies outside the backbone folder.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be {&quot;present&quot;: true|false}.</source>
        <translation>%1: key &quot;%2&quot; must be {&quot;present&quot;: true|false}.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a JSON object (the funnel definition).</source>
        <translation>%1: key &quot;%2&quot; must be a JSON object (the funnel definition).</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be {&quot;method&quot;: &quot;none&quot;} or {&quot;method&quot;: &quot;platt&quot;, &quot;a&quot;: A, &quot;b&quot;: B}.</source>
        <translation>%1: key &quot;%2&quot; must be {&quot;method&quot;: &quot;none&quot;} or {&quot;method&quot;: &quot;platt&quot;, &quot;a&quot;: A, &quot;b&quot;: B}.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; uses Platt scaling and needs numbers &quot;a&quot; and &quot;b&quot;.</source>
        <translation>%1: key &quot;%2&quot; uses Platt scaling and needs numbers &quot;a&quot; and &quot;b&quot;.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is &quot;%3&quot;: use &quot;none&quot; or &quot;platt&quot;.</source>
        <translation>%1: key &quot;%2&quot; is &quot;%3&quot;: use &quot;none&quot; or &quot;platt&quot;.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing: it needs {&quot;yes&quot;: {&quot;id&quot;: N}, &quot;no&quot;: {&quot;id&quot;: N}}.</source>
        <translation>%1: key &quot;%2&quot; is missing: it needs {&quot;yes&quot;: {&quot;id&quot;: N}, &quot;no&quot;: {&quot;id&quot;: N}}.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; is missing or not an integer.</source>
        <translation>%1: key &quot;%2&quot; is missing or not an integer.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must not be negative.</source>
        <translation>%1: key &quot;%2&quot; must not be negative.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be an object.</source>
        <translation>%1: key &quot;%2&quot; must be an object.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a string.</source>
        <translation>%1: key &quot;%2&quot; must be a string.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a non-negative integer or null.</source>
        <translation>%1: key &quot;%2&quot; must be a non-negative integer or null.</translation>
    </message>
    <message>
        <source>the weight index</source>
        <translation>the weight index</translation>
    </message>
    <message>
        <source>%1: not a valid weight index (%2).</source>
        <translation>%1: not a valid weight index (%2).</translation>
    </message>
    <message>
        <source>%1: the backbone folder holds neither model.safetensors nor model.safetensors.index.json.</source>
        <translation>%1: the backbone folder holds neither model.safetensors nor model.safetensors.index.json.</translation>
    </message>
    <message>
        <source>%1: the head weights file is missing.</source>
        <translation>%1: the head weights file is missing.</translation>
    </message>
    <message>
        <source>missing tensor %1</source>
        <translation>missing tensor %1</translation>
    </message>
    <message>
        <source>tensor %1: expected shape %2, found %3</source>
        <translation>tensor %1: expected shape %2, found %3</translation>
    </message>
    <message>
        <source>tensor %1: %2</source>
        <translation>tensor %1: %2</translation>
    </message>
    <message>
        <source>unexpected tensor %1</source>
        <translation>unexpected tensor %1</translation>
    </message>
    <message>
        <source>%1: the head weights do not fit the model: %2.</source>
        <translation>%1: the head weights do not fit the model: %2.</translation>
    </message>
    <message>
        <source>the LoRA adapter configuration</source>
        <translation>the LoRA adapter configuration</translation>
    </message>
    <message>
        <source>%1: key &quot;r&quot; (the LoRA rank) is missing or not a positive integer.</source>
        <translation>%1: key &quot;r&quot; (the LoRA rank) is missing or not a positive integer.</translation>
    </message>
    <message>
        <source>%1: key &quot;lora_alpha&quot; is missing or not a number.</source>
        <translation>%1: key &quot;lora_alpha&quot; is missing or not a number.</translation>
    </message>
    <message>
        <source>%1: cannot be loaded: %2</source>
        <translation>%1: cannot be loaded: %2</translation>
    </message>
    <message>
        <source>%1: no such checkpoint folder.</source>
        <translation>%1: no such checkpoint folder.</translation>
    </message>
    <message>
        <source>%1: the manifest is missing: this folder is not a LeadLadder checkpoint.</source>
        <translation>%1: the manifest is missing: this folder is not a LeadLadder checkpoint.</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>the manifest</translation>
    </message>
    <message>
        <source>%1: the embedded backbone folder is missing.</source>
        <translation>%1: the embedded backbone folder is missing.</translation>
    </message>
    <message>
        <source>%1/manifest.json: the backbone folder %2 it points to does not exist.</source>
        <translation>%1/manifest.json: the backbone folder %2 it points to does not exist.</translation>
    </message>
    <message>
        <source>%1: this backbone file, listed in %2/manifest.json, is missing.</source>
        <translation>%1: this backbone file, listed in %2/manifest.json, is missing.</translation>
    </message>
    <message>
        <source>%1: SHA-256 mismatch: the checkpoint&apos;s manifest expects %2, the file has %3. The backbone changed since the checkpoint was written; point the manifest at the original backbone folder.</source>
        <translation>%1: SHA-256 mismatch: the checkpoint&apos;s manifest expects %2, the file has %3. The backbone changed since the checkpoint was written; point the manifest at the original backbone folder.</translation>
    </message>
    <message>
        <source>%1: the tokenizer is missing.</source>
        <translation>%1: the tokenizer is missing.</translation>
    </message>
    <message>
        <source>%1: the tokenizer has %2 tokens but the backbone&apos;s vocab_size is %3.</source>
        <translation>%1: the tokenizer has %2 tokens but the backbone&apos;s vocab_size is %3.</translation>
    </message>
    <message>
        <source>%1/manifest.json: answer token id %2 is outside the backbone&apos;s vocabulary of %3.</source>
        <translation>%1/manifest.json: answer token id %2 is outside the backbone&apos;s vocabulary of %3.</translation>
    </message>
    <message>
        <source>%1: the manifest says the checkpoint has LoRA weights, but this file is missing.</source>
        <translation>%1: the manifest says the checkpoint has LoRA weights, but this file is missing.</translation>
    </message>
    <message>
        <source>%1/manifest.json: %2</source>
        <translation>%1/manifest.json: %2</translation>
    </message>
    <message>
        <source>%1: the folder exists already; choose another folder or allow overwriting.</source>
        <translation>%1: the folder exists already; choose another folder or allow overwriting.</translation>
    </message>
    <message>
        <source>%1: an embedded backbone needs the tokenizer.json to copy.</source>
        <translation>%1: an embedded backbone needs the tokenizer.json to copy.</translation>
    </message>
    <message>
        <source>the tokenizer</source>
        <translation>the tokenizer</translation>
    </message>
    <message>
        <source>%1: give an uncompressed tokenizer.json.</source>
        <translation>%1: give an uncompressed tokenizer.json.</translation>
    </message>
    <message>
        <source>%1: the backbone folder does not exist.</source>
        <translation>%1: the backbone folder does not exist.</translation>
    </message>
    <message>
        <source>%1: this backbone file is missing.</source>
        <translation>%1: this backbone file is missing.</translation>
    </message>
    <message>
        <source>%1: cannot write the checkpoint: %2</source>
        <translation>%1: cannot write the checkpoint: %2</translation>
    </message>
    <message>
        <source>the tokenizer cannot tell the answer words &quot;%1&quot; and &quot;%2&quot; apart.</source>
        <translation>the tokenizer cannot tell the answer words &quot;%1&quot; and &quot;%2&quot; apart.</translation>
    </message>
    <message>
        <source>%1: missing key &quot;%2&quot;.</source>
        <translation>%1: missing key &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be an integer, found %3.</source>
        <translation>%1: key &quot;%2&quot; must be an integer, found %3.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a number, found %3.</source>
        <translation>%1: key &quot;%2&quot; must be a number, found %3.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be positive, found %3.</source>
        <translation>%1: key &quot;%2&quot; must be positive, found %3.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be positive.</source>
        <translation>%1: key &quot;%2&quot; must be positive.</translation>
    </message>
    <message>
        <source>%1: num_attention_heads (%2) does not divide hidden_size (%3).</source>
        <translation>%1: num_attention_heads (%2) does not divide hidden_size (%3).</translation>
    </message>
    <message>
        <source>%1: num_key_value_heads (%2) does not divide num_attention_heads (%3).</source>
        <translation>%1: num_key_value_heads (%2) does not divide num_attention_heads (%3).</translation>
    </message>
    <message>
        <source>%1: the head dimension (%2) must be even for rotary embeddings.</source>
        <translation>%1: the head dimension (%2) must be even for rotary embeddings.</translation>
    </message>
    <message>
        <source>%1: key &quot;torch_dtype&quot; must be float32, bfloat16 or float16, found &quot;%2&quot;.</source>
        <translation>%1: key &quot;torch_dtype&quot; must be float32, bfloat16 or float16, found &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: not a JSON object.</source>
        <translation>%1: not a JSON object.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be true or false, found %3.</source>
        <translation>%1: key &quot;%2&quot; must be true or false, found %3.</translation>
    </message>
    <message>
        <source>%1: key &quot;%2&quot; must be a string, found %3.</source>
        <translation>%1: key &quot;%2&quot; must be a string, found %3.</translation>
    </message>
    <message>
        <source>%1: key &quot;hidden_act&quot; is %2; only &quot;silu&quot; is supported.</source>
        <translation>%1: key &quot;hidden_act&quot; is %2; only &quot;silu&quot; is supported.</translation>
    </message>
    <message>
        <source>%1: key &quot;rope_scaling&quot; is set; scaled rotary embeddings are not supported.</source>
        <translation>%1: key &quot;rope_scaling&quot; is set; scaled rotary embeddings are not supported.</translation>
    </message>
    <message>
        <source>%1: key &quot;use_sliding_window&quot; is true; sliding-window attention is not supported.</source>
        <translation>%1: key &quot;use_sliding_window&quot; is true; sliding-window attention is not supported.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: no such file or folder.</translation>
    </message>
    <message>
        <source>%1: cannot open the file.</source>
        <translation>%1: cannot open the file.</translation>
    </message>
    <message>
        <source>row %1 of the batch has no tokens.</source>
        <translation>row %1 of the batch has no tokens.</translation>
    </message>
    <message>
        <source>%1, ... (%2 in all)</source>
        <translation>%1, ... (%2 in all)</translation>
    </message>
    <message>
        <source>missing tensors: %1</source>
        <translation>missing tensors: %1</translation>
    </message>
    <message>
        <source>unexpected tensors: %1</source>
        <translation>unexpected tensors: %1</translation>
    </message>
    <message>
        <source>%1: the weights do not fit the model: %2.</source>
        <translation>%1: the weights do not fit the model: %2.</translation>
    </message>
    <message>
        <source>dtype %1 is not a floating-point weight type</source>
        <translation>dtype %1 is not a floating-point weight type</translation>
    </message>
    <message>
        <source>holds %1 bytes, expected %2</source>
        <translation>holds %1 bytes, expected %2</translation>
    </message>
    <message>
        <source>%1: the adapter has r=%2, lora_alpha=%3 but LoRA was enabled with r=%4, lora_alpha=%5.</source>
        <translation>%1: the adapter has r=%2, lora_alpha=%3 but LoRA was enabled with r=%4, lora_alpha=%5.</translation>
    </message>
    <message>
        <source>asLLR: token id %1 is outside the vocabulary of %2.</source>
        <translation>asLLR: token id %1 is outside the vocabulary of %2.</translation>
    </message>
    <message>
        <source>the number of threads must be at least 1, got %1.</source>
        <translation>the number of threads must be at least 1, got %1.</translation>
    </message>
    <message>
        <source>the scorer needs a model.</source>
        <translation>the scorer needs a model.</translation>
    </message>
    <message>
        <source>batch tokens and batch rows must be positive.</source>
        <translation>batch tokens and batch rows must be positive.</translation>
    </message>
    <message>
        <source>CUDA was asked for, but no CUDA GPU is usable (this build of libtorch %1 has no CUDA support, or no GPU is present): use --device cpu or auto.</source>
        <translation>CUDA was asked for, but no CUDA GPU is usable (this build of libtorch %1 has no CUDA support, or no GPU is present): use --device cpu or auto.</translation>
    </message>
    <message>
        <source>input %1 has no tokens.</source>
        <translation>input %1 has no tokens.</translation>
    </message>
    <message>
        <source>input %1 holds token id %2, outside the model&apos;s vocabulary of %3.</source>
        <translation>input %1 holds token id %2, outside the model&apos;s vocabulary of %3.</translation>
    </message>
    <message>
        <source>unknown serializer language &quot;%1&quot;: use &quot;en&quot; or &quot;zh&quot;.</source>
        <translation>unknown serializer language &quot;%1&quot;: use &quot;en&quot; or &quot;zh&quot;.</translation>
    </message>
    <message>
        <source>%1: the serializer spec is not valid JSON (%2).</source>
        <translation>%1: the serializer spec is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the serializer spec must be a JSON object.</source>
        <translation>%1: the serializer spec must be a JSON object.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a string (&quot;en&quot; or &quot;zh&quot;).</source>
        <translation>%1: serializer.%2 must be a string (&quot;en&quot; or &quot;zh&quot;).</translation>
    </message>
    <message>
        <source>%1: serializer.%2 is &quot;%3&quot;: use &quot;en&quot; or &quot;zh&quot;.</source>
        <translation>%1: serializer.%2 is &quot;%3&quot;: use &quot;en&quot; or &quot;zh&quot;.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a positive integer.</source>
        <translation>%1: serializer.%2 must be a positive integer.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 is %3: it must lie between 32 and 1000000.</source>
        <translation>%1: serializer.%2 is %3: it must lie between 32 and 1000000.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a JSON object.</source>
        <translation>%1: serializer.%2 must be a JSON object.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be a string.</source>
        <translation>%1: serializer.%2 must be a string.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be an array of {&quot;key&quot;, &quot;label&quot;}.</source>
        <translation>%1: serializer.%2 must be an array of {&quot;key&quot;, &quot;label&quot;}.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be {&quot;key&quot;: string, &quot;label&quot;: string}.</source>
        <translation>%1: serializer.%2 must be {&quot;key&quot;: string, &quot;label&quot;: string}.</translation>
    </message>
    <message>
        <source>%1: serializer.%2: unknown field key &quot;%3&quot;.</source>
        <translation>%1: serializer.%2: unknown field key &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must be an object (kind -&gt; words).</source>
        <translation>%1: serializer.%2 must be an object (kind -&gt; words).</translation>
    </message>
    <message>
        <source>%1: serializer.%2: unknown interaction kind &quot;%3&quot;.</source>
        <translation>%1: serializer.%2: unknown interaction kind &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: serializer.%2 must not be empty.</source>
        <translation>%1: serializer.%2 must not be empty.</translation>
    </message>
    <message>
        <source>the serializer needs a tokenizer.</source>
        <translation>the serializer needs a tokenizer.</translation>
    </message>
    <message>
        <source>a token budget of %1 cannot hold the prompt (%2 tokens) and the lead: give at least %3.</source>
        <translation>a token budget of %1 cannot hold the prompt (%2 tokens) and the lead: give at least %3.</translation>
    </message>
    <message>
        <source>funnel definition &apos;%1&apos;: %2</source>
        <translation>funnel definition &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 must be a string or a list of strings</source>
        <translation>%1 must be a string or a list of strings</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 must be a list of strings</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 must be an object</translation>
    </message>
    <message>
        <source>%1: unknown interaction kind &apos;%2&apos; (known: call, message, store_visit, test_drive, quote, order_lock, defeat, note)</source>
        <translation>%1: unknown interaction kind &apos;%2&apos; (known: call, message, store_visit, test_drive, quote, order_lock, defeat, note)</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; (known: kinds, min_duration_s, max_duration_s, outcome_contains, text_contains)</source>
        <translation>%1: unknown key &apos;%2&apos; (known: kinds, min_duration_s, max_duration_s, outcome_contains, text_contains)</translation>
    </message>
    <message>
        <source>%1.when is empty (leave it out for the default)</source>
        <translation>%1.when is empty (leave it out for the default)</translation>
    </message>
    <message>
        <source>%1.when must be an object or a list of objects</source>
        <translation>%1.when must be an object or a list of objects</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>format %1 is newer than this version of LeadLadder understands (%2); update LeadLadder</source>
        <translation>format %1 is newer than this version of LeadLadder understands (%2); update LeadLadder</translation>
    </message>
    <message>
        <source>&apos;stages&apos; must be a non-empty list</source>
        <translation>&apos;stages&apos; must be a non-empty list</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot;</source>
        <translation>%1 needs a &quot;name&quot;</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; is listed twice</source>
        <translation>stage &apos;%1&apos; is listed twice</translation>
    </message>
    <message>
        <source>%1: unknown stage &apos;%2&apos;</source>
        <translation>%1: unknown stage &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;tiers&apos; must be a list</source>
        <translation>&apos;tiers&apos; must be a list</translation>
    </message>
    <message>
        <source>%1 needs &quot;winners&quot; and &quot;losers&quot;</source>
        <translation>%1 needs &quot;winners&quot; and &quot;losers&quot;</translation>
    </message>
    <message>
        <source>&apos;queues&apos; must be a list</source>
        <translation>&apos;queues&apos; must be a list</translation>
    </message>
    <message>
        <source>cannot read the funnel definition &apos;%1&apos;</source>
        <translation>cannot read the funnel definition &apos;%1&apos;</translation>
    </message>
    <message>
        <source>observation_days must not be negative</source>
        <translation>observation_days must not be negative</translation>
    </message>
    <message>
        <source>label_days must be positive</source>
        <translation>label_days must be positive</translation>
    </message>
    <message>
        <source>stages &apos;%1&apos; and &apos;%2&apos; both have no &quot;when&quot;; exactly one stage is the default</source>
        <translation>stages &apos;%1&apos; and &apos;%2&apos; both have no &quot;when&quot;; exactly one stage is the default</translation>
    </message>
    <message>
        <source>one stage must have no &quot;when&quot;: the stage of a lead nothing happened to</source>
        <translation>one stage must have no &quot;when&quot;: the stage of a lead nothing happened to</translation>
    </message>
    <message>
        <source>no stage is marked &quot;positive&quot;: which stage is the conversion?</source>
        <translation>no stage is marked &quot;positive&quot;: which stage is the conversion?</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; needs at least one winner and one loser stage</source>
        <translation>tier &apos;%1&apos; needs at least one winner and one loser stage</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; has a negative margin</source>
        <translation>tier &apos;%1&apos; has a negative margin</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; lists stage &apos;%2&apos; as winner and loser</source>
        <translation>tier &apos;%1&apos; lists stage &apos;%2&apos; as winner and loser</translation>
    </message>
    <message>
        <source>stages &apos;%1&apos; and &apos;%2&apos; are paired by two tiers</source>
        <translation>stages &apos;%1&apos; and &apos;%2&apos; are paired by two tiers</translation>
    </message>
    <message>
        <source>exactly one queue must have no &quot;when&quot; (the queue of leads nothing happened to)</source>
        <translation>exactly one queue must have no &quot;when&quot; (the queue of leads nothing happened to)</translation>
    </message>
    <message>
        <source>funnel &apos;%1&apos; has no tier &apos;%2&apos;</source>
        <translation>funnel &apos;%1&apos; has no tier &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a tokenizer.json: the top level is not a JSON object</source>
        <translation>%1: not a tokenizer.json: the top level is not a JSON object</translation>
    </message>
    <message>
        <source>%1: no &quot;model&quot; object</source>
        <translation>%1: no &quot;model&quot; object</translation>
    </message>
    <message>
        <source>%1: no pre_tokenizer: only the Qwen2 Split + ByteLevel pre-tokenizer is supported</source>
        <translation>%1: no pre_tokenizer: only the Qwen2 Split + ByteLevel pre-tokenizer is supported</translation>
    </message>
    <message>
        <source>%1: model type &quot;%2&quot; is not supported: only byte-level BPE models are</source>
        <translation>%1: model type &quot;%2&quot; is not supported: only byte-level BPE models are</translation>
    </message>
    <message>
        <source>%1: model.vocab is missing or not an object</source>
        <translation>%1: model.vocab is missing or not an object</translation>
    </message>
    <message>
        <source>%1: model.merges is missing or not an array</source>
        <translation>%1: model.merges is missing or not an array</translation>
    </message>
    <message>
        <source>%1: model.dropout is set: BPE dropout is random and not supported</source>
        <translation>%1: model.dropout is set: BPE dropout is random and not supported</translation>
    </message>
    <message>
        <source>%1: model.%2 is not supported (byte-level BPE does not use it)</source>
        <translation>%1: model.%2 is not supported (byte-level BPE does not use it)</translation>
    </message>
    <message>
        <source>%1: model.vocab[&quot;%2&quot;] is not a valid token id</source>
        <translation>%1: model.vocab[&quot;%2&quot;] is not a valid token id</translation>
    </message>
    <message>
        <source>%1: model.merges[%2] &quot;%3&quot; is not two tokens separated by one space</source>
        <translation>%1: model.merges[%2] &quot;%3&quot; is not two tokens separated by one space</translation>
    </message>
    <message>
        <source>%1: model.merges[%2] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1: model.merges[%2] is neither &quot;a b&quot; nor [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1: %2: token &quot;%3&quot; is not in model.vocab</source>
        <translation>%1: %2: token &quot;%3&quot; is not in model.vocab</translation>
    </message>
    <message>
        <source>%1: %2: merged token &quot;%3&quot; is not in model.vocab</source>
        <translation>%1: %2: merged token &quot;%3&quot; is not in model.vocab</translation>
    </message>
    <message>
        <source>%1: added_tokens is not an array</source>
        <translation>%1: added_tokens is not an array</translation>
    </message>
    <message>
        <source>%1: added_tokens[%2] needs an &quot;id&quot; and a &quot;content&quot; string</source>
        <translation>%1: added_tokens[%2] needs an &quot;id&quot; and a &quot;content&quot; string</translation>
    </message>
    <message>
        <source>%1: normalizer &quot;%2&quot; is not supported: only none or NFC</source>
        <translation>%1: normalizer &quot;%2&quot; is not supported: only none or NFC</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split pattern is not the Qwen2 regex (the only one supported)</source>
        <translation>%1: pre_tokenizer Split pattern is not the Qwen2 regex (the only one supported)</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split behavior &quot;%2&quot; is not supported: only Isolated</source>
        <translation>%1: pre_tokenizer Split behavior &quot;%2&quot; is not supported: only Isolated</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Split with invert=true is not supported</source>
        <translation>%1: pre_tokenizer Split with invert=true is not supported</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer ByteLevel add_prefix_space=true is not supported</source>
        <translation>%1: pre_tokenizer ByteLevel add_prefix_space=true is not supported</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer ByteLevel use_regex=true (the GPT-2 regex) is not supported: only the Qwen2 Split</source>
        <translation>%1: pre_tokenizer ByteLevel use_regex=true (the GPT-2 regex) is not supported: only the Qwen2 Split</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer Sequence: the step after Split must be ByteLevel</source>
        <translation>%1: pre_tokenizer Sequence: the step after Split must be ByteLevel</translation>
    </message>
    <message>
        <source>%1: pre_tokenizer &quot;%2&quot; is not supported: only Sequence[Split(Qwen2 regex), ByteLevel]</source>
        <translation>%1: pre_tokenizer &quot;%2&quot; is not supported: only Sequence[Split(Qwen2 regex), ByteLevel]</translation>
    </message>
    <message>
        <source>%1: decoder &quot;%2&quot; is not supported: only ByteLevel</source>
        <translation>%1: decoder &quot;%2&quot; is not supported: only ByteLevel</translation>
    </message>
    <message>
        <source>%1: post_processor &quot;%2&quot; is not supported: only none or ByteLevel</source>
        <translation>%1: post_processor &quot;%2&quot; is not supported: only none or ByteLevel</translation>
    </message>
    <message>
        <source>%1: empty file, expected a tokenizer.json</source>
        <translation>%1: empty file, expected a tokenizer.json</translation>
    </message>
    <message>
        <source>%1: not valid JSON (truncated or corrupt?): %2</source>
        <translation>%1: not valid JSON (truncated or corrupt?): %2</translation>
    </message>
    <message>
        <source>%1: token id %2 is not in the vocabulary</source>
        <translation>%1: token id %2 is not in the vocabulary</translation>
    </message>
    <message>
        <source>ICU NFC normalizer unavailable</source>
        <translation>ICU NFC normalizer unavailable</translation>
    </message>
    <message>
        <source>ICU NFC normalization failed</source>
        <translation>ICU NFC normalization failed</translation>
    </message>
</context>
<context>
    <name>ll::jobs::Explainer</name>
    <message>
        <source>the lead is no longer in the workspace</source>
        <translation>the lead is no longer in the workspace</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot explain the lead&apos;s rank: %1</source>
        <translation>cannot explain the lead&apos;s rank: %1</translation>
    </message>
</context>
<context>
    <name>ll::jobs::ModelInfo</name>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Backbone: %1 (%2 layers, width %3, %4 heads, vocabulary %5, %6 parameters)%7</source>
        <translation>Backbone: %1 (%2 layers, width %3, %4 heads, vocabulary %5, %6 parameters)%7</translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>embedded</translation>
    </message>
    <message>
        <source>external %1</source>
        <translation>external %1</translation>
    </message>
    <message>
        <source>, LoRA adapter</source>
        <translation>, LoRA adapter</translation>
    </message>
    <message>
        <source>Input: %1 template, %2 tokens; funnel: %3; calibration: %4</source>
        <translation>Input: %1 template, %2 tokens; funnel: %3; calibration: %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Trained: %1 on data %2</source>
        <translation>Trained: %1 on data %2</translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation>(unknown time)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metrics: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LeadLadder model folder: it has no manifest.json. Choose the folder that `leadladder-cli train` wrote.</source>
        <translation>&apos;%1&apos; is not a LeadLadder model folder: it has no manifest.json. Choose the folder that `leadladder-cli train` wrote.</translation>
    </message>
</context>
<context>
    <name>ll::jobs::Scoring</name>
    <message>
        <source>Scoring was cancelled; the workspace is unchanged.</source>
        <translation>Scoring was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Cannot serialize the leads: %1</source>
        <translation>Cannot serialize the leads: %1</translation>
    </message>
    <message>
        <source>Scoring failed: %1</source>
        <translation>Scoring failed: %1</translation>
    </message>
</context>
<context>
    <name>ll::ui</name>
    <message>
        <source>%1 is not a LeadLadder workspace (it has no workspace.sqlite).</source>
        <translation>%1 is not a LeadLadder workspace (it has no workspace.sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Left out %1: %2</translation>
    </message>
</context>
<context>
    <name>ll::ui::CallSheetDialog</name>
    <message>
        <source>Call sheets</source>
        <translation>Call sheets</translation>
    </message>
    <message>
        <source>Choose the specialists and how many of their open leads each sheet lists, in queue order.</source>
        <translation>Choose the specialists and how many of their open leads each sheet lists, in queue order.</translation>
    </message>
    <message>
        <source>Leads are ranked by the latest scoring run (%1, run %2); leads it did not score follow in Funnel+Recency order.</source>
        <translation>Leads are ranked by the latest scoring run (%1, run %2); leads it did not score follow in Funnel+Recency order.</translation>
    </message>
    <message>
        <source>No model has scored this workspace yet: leads are ranked by Funnel+Recency (deepest funnel stage, then most recent contact).</source>
        <translation>No model has scored this workspace yet: leads are ranked by Funnel+Recency (deepest funnel stage, then most recent contact).</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tier %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no open leads. Import a CRM export first.</source>
        <translation>This workspace has no open leads. Import a CRM export first.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>&amp;Leads per specialist:</source>
        <translation>&amp;Leads per specialist:</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers (for sheets that leave the office)</source>
        <translation>&amp;Mask phone numbers (for sheets that leave the office)</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Export &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;XLSX...</source>
        <translation>Export &amp;XLSX...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Export &amp;PDF...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Print pre&amp;view...</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>call-sheets</source>
        <translation>call-sheets</translation>
    </message>
    <message>
        <source>Export call sheets</source>
        <translation>Export call sheets</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The call sheets could not be exported: %1</source>
        <translation>The call sheets could not be exported: %1</translation>
    </message>
    <message>
        <source>Call sheets: print preview</source>
        <translation>Call sheets: print preview</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) ready to print.</source>
        <translation>
            <numerusform>%Ln lead ready to print.</numerusform>
            <numerusform>%Ln leads ready to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln lead exported to %1.</numerusform>
            <numerusform>%Ln leads exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ll::ui::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Precision at the top</source>
        <translation>Precision at the top</translation>
    </message>
    <message>
        <source>Scores by tier</source>
        <translation>Scores by tier</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B test</translation>
    </message>
    <message>
        <source>Open &amp;report...</source>
        <translation>Open &amp;report...</translation>
    </message>
    <message>
        <source>Open an evaluation report written by leadladder-cli evaluate</source>
        <translation>Open an evaluation report written by leadladder-cli evaluate</translation>
    </message>
    <message>
        <source>Open A/B &amp;results...</source>
        <translation>Open A/B &amp;results...</translation>
    </message>
    <message>
        <source>Open the output folder of leadladder-cli demo simulate-ab (summary.json and daily.csv)</source>
        <translation>Open the output folder of leadladder-cli demo simulate-ab (summary.json and daily.csv)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Export P&amp;NG...</source>
        <translation>Export P&amp;NG...</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Export P&amp;DF...</translation>
    </message>
    <message>
        <source>workspace experiment</source>
        <translation>workspace experiment</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <source>The A/B results could not be read: %1</source>
        <translation>The A/B results could not be read: %1</translation>
    </message>
    <message>
        <source>The report has no precision curve.</source>
        <translation>The report has no precision curve.</translation>
    </message>
    <message>
        <source>No evaluation report yet. Run leadladder-cli evaluate --workspace W (it writes W/reports/), or open a report with &quot;Open report...&quot;.</source>
        <translation>No evaluation report yet. Run leadladder-cli evaluate --workspace W (it writes W/reports/), or open a report with &quot;Open report...&quot;.</translation>
    </message>
    <message>
        <source>Precision at the top: converted share of the top K% of leads</source>
        <translation>Precision at the top: converted share of the top K% of leads</translation>
    </message>
    <message>
        <source>K: top share of leads (%, log scale)</source>
        <translation>K: top share of leads (%, log scale)</translation>
    </message>
    <message>
        <source>Precision P@K (%)</source>
        <translation>Precision P@K (%)</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (baseline)</translation>
    </message>
    <message>
        <source>Dataset %1: %2 leads, %3 converted; %4.</source>
        <translation>Dataset %1: %2 leads, %3 converted; %4.</translation>
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
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>The latest scoring run has no scores.</source>
        <translation>The latest scoring run has no scores.</translation>
    </message>
    <message>
        <source>No scoring run yet. Score the workspace (Scoring, or leadladder-cli score --workspace W) to see how scores spread within each tier.</source>
        <translation>No scoring run yet. Score the workspace (Scoring, or leadladder-cli score --workspace W) to see how scores spread within each tier.</translation>
    </message>
    <message>
        <source>Score distribution per tier (scoring run %1)</source>
        <translation>Score distribution per tier (scoring run %1)</translation>
    </message>
    <message>
        <source>Conversion probability (%)</source>
        <translation>Conversion probability (%)</translation>
    </message>
    <message>
        <source>Pair score</source>
        <translation>Pair score</translation>
    </message>
    <message>
        <source>(no tier)</source>
        <translation>(no tier)</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Tier (best first)</source>
        <translation>Tier (best first)</translation>
    </message>
    <message>
        <source>Boxes span the middle half of each tier&apos;s scores (quartiles), the line is the median, the whiskers reach the lowest and highest score. Ranking policy: %1.</source>
        <translation>Boxes span the middle half of each tier&apos;s scores (quartiles), the line is the median, the whiskers reach the lowest and highest score. Ranking policy: %1.</translation>
    </message>
    <message>
        <source>Arm %1 (%2): %3 specialists, %4 leads, %5 converted (%6).</source>
        <translation>Arm %1 (%2): %3 specialists, %4 leads, %5 converted (%6).</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test on per-specialist conversion (B against A): t = %1, df = %2, p = %3; difference %4 points (%5% CI %6 to %7), relative %8.</source>
        <translation>Welch&apos;s t-test on per-specialist conversion (B against A): t = %1, df = %2, p = %3; difference %4 points (%5% CI %6 to %7), relative %8.</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test not available: %1</source>
        <translation>Welch&apos;s t-test not available: %1</translation>
    </message>
    <message>
        <source>not in the data</source>
        <translation>not in the data</translation>
    </message>
    <message>
        <source>No A/B results yet. Run leadladder-cli demo simulate-ab --out DIR and open DIR with &quot;Open A/B results...&quot;, or record an experiment in the workspace.</source>
        <translation>No A/B results yet. Run leadladder-cli demo simulate-ab --out DIR and open DIR with &quot;Open A/B results...&quot;, or record an experiment in the workspace.</translation>
    </message>
    <message>
        <source>Cumulative conversion per arm</source>
        <translation>Cumulative conversion per arm</translation>
    </message>
    <message>
        <source>Day of the experiment</source>
        <translation>Day of the experiment</translation>
    </message>
    <message>
        <source>Cumulative conversion (%)</source>
        <translation>Cumulative conversion (%)</translation>
    </message>
    <message>
        <source>Relative difference B vs A (%)</source>
        <translation>Relative difference B vs A (%)</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>Arm %1</translation>
    </message>
    <message>
        <source>Relative difference (right axis)</source>
        <translation>Relative difference (right axis)</translation>
    </message>
    <message>
        <source>Difference B - A</source>
        <translation>Difference B - A</translation>
    </message>
    <message>
        <source>Open evaluation report</source>
        <translation>Open evaluation report</translation>
    </message>
    <message>
        <source>Evaluation reports (*.json)</source>
        <translation>Evaluation reports (*.json)</translation>
    </message>
    <message>
        <source>Open A/B results</source>
        <translation>Open A/B results</translation>
    </message>
    <message>
        <source>A/B results (summary.json daily.csv *.json)</source>
        <translation>A/B results (summary.json daily.csv *.json)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>This chart has no data to export.</source>
        <translation>This chart has no data to export.</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1 (is it open in another program?).</source>
        <translation>Cannot replace %1 (is it open in another program?).</translation>
    </message>
    <message>
        <source>split by creation time %1:%2, %3 training leads created before %4, %5 test leads from then on; funnel %6</source>
        <translation>split by creation time %1:%2, %3 training leads created before %4, %5 test leads from then on; funnel %6</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportTask</name>
    <message>
        <source>The import stopped because of an internal error (%1). The workspace is unchanged.</source>
        <translation>The import stopped because of an internal error (%1). The workspace is unchanged.</translation>
    </message>
</context>
<context>
    <name>ll::ui::ImportWizard</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>Import CRM Export</source>
        <translation>Import CRM Export</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CRM export as CSV or Excel workbook (.xlsx).</source>
        <translation>A CRM export as CSV or Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Choose the export to import into this workspace. You will see how it is read and how its columns map before anything is written.</source>
        <translation>Choose the export to import into this workspace. You will see how it is read and how its columns map before anything is written.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they will be read. Change the encoding or the separator if the text or the columns look wrong.</source>
        <translation>The first rows as they will be read. Change the encoding or the separator if the text or the columns look wrong.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which field of a lead each column holds. Columns without a field are kept as attributes, so nothing is dropped.</source>
        <translation>Which field of a lead each column holds. Columns without a field are kept as attributes, so nothing is dropped.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Save as Profile…</source>
        <translation>Save as Profile…</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>S&amp;hape:</translation>
    </message>
    <message>
        <source>One row per lead</source>
        <translation>One row per lead</translation>
    </message>
    <message>
        <source>One row per interaction</source>
        <translation>One row per interaction</translation>
    </message>
    <message>
        <source>Automatic (from the column names)</source>
        <translation>Automatic (from the column names)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>A dry run reads the whole file and reports what would be imported; nothing is written yet.</source>
        <translation>A dry run reads the whole file and reports what would be imported; nothing is written yet.</translation>
    </message>
    <message>
        <source>Click a rejected row to see it in the file.</source>
        <translation>Click a rejected row to see it in the file.</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>Cancel Check</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Fix rejected rows in the file and import it again, or leave them out and import the rest.</source>
        <translation>Fix rejected rows in the file and import it again, or leave them out and import the rest.</translation>
    </message>
    <message>
        <source>&amp;Leave out the rejected rows and import the others</source>
        <translation>&amp;Leave out the rejected rows and import the others</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file is written in one step: all of it lands, or nothing does.</source>
        <translation>The file is written in one step: all of it lands, or nothing does.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>The file cannot be read this way: %1</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”.</source>
        <translation>Excel workbook, sheet “%1”.</translation>
    </message>
    <message>
        <source>%1 with byte order mark</source>
        <translation>%1 with byte order mark</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2.</source>
        <translation>Read as %1, separated by %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows %1 to %2 shown.</source>
        <translation>Rows %1 to %2 shown.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n column(s).</source>
        <translation>
            <numerusform>%1 %n column.</numerusform>
            <numerusform>%1 %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (matches this file)</source>
        <translation>%1 (matches this file)</translation>
    </message>
    <message>
        <source>%1 of %2 columns were matched to fields by their names.</source>
        <translation>%1 of %2 columns were matched to fields by their names.</translation>
    </message>
    <message>
        <source>The profile “%1” does not fit this file: %2</source>
        <translation>The profile “%1” does not fit this file: %2</translation>
    </message>
    <message>
        <source>The saved profile “%1” matches this file&apos;s columns and was applied.</source>
        <translation>The saved profile “%1” matches this file&apos;s columns and was applied.</translation>
    </message>
    <message>
        <source>The profile “%1” was applied.</source>
        <translation>The profile “%1” was applied.</translation>
    </message>
    <message>
        <source>(keep as attribute)</source>
        <translation>(keep as attribute)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both mapped to %3. Choose one.</source>
        <translation>The columns “%1” and “%2” are both mapped to %3. Choose one.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved as the profile “%1”; the next export with these columns uses it.</source>
        <translation>Saved as the profile “%1”; the next export with these columns uses it.</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Save as Profile</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>The check was cancelled. Go back one page and press Next to run it again.</source>
        <translation>The check was cancelled. Go back one page and press Next to run it again.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>New leads: %1. Updated leads: %2. Unchanged leads: %3.</source>
        <translation>New leads: %1. Updated leads: %2. Unchanged leads: %3.</translation>
    </message>
    <message>
        <source>New interactions: %1 (already in the workspace: %2).</source>
        <translation>New interactions: %1 (already in the workspace: %2).</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No row was rejected.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>The import of %1 was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>The import of %1 failed; the workspace is unchanged.</source>
        <translation>The import of %1 failed; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 was imported.</translation>
    </message>
    <message>
        <source>%1 was imported without its rejected rows.</source>
        <translation>%1 was imported without its rejected rows.</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>Nothing new in %1: the workspace already holds all of it.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows were rejected.</source>
        <translation>Nothing was imported from %1: some rows were rejected.</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was written.</source>
        <translation>%1 was checked; nothing was written.</translation>
    </message>
    <message>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>The import was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>City tier</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Specialist tier</source>
        <translation>Specialist tier</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>Budget band</translation>
    </message>
    <message>
        <source>Current vehicle</source>
        <translation>Current vehicle</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>Financing interest</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last call at</source>
        <translation>Last call at</translation>
    </message>
    <message>
        <source>Last call duration (s)</source>
        <translation>Last call duration (s)</translation>
    </message>
    <message>
        <source>Store visit at</source>
        <translation>Store visit at</translation>
    </message>
    <message>
        <source>Test drive at</source>
        <translation>Test drive at</translation>
    </message>
    <message>
        <source>Quote at</source>
        <translation>Quote at</translation>
    </message>
    <message>
        <source>Order at</source>
        <translation>Order at</translation>
    </message>
    <message>
        <source>Defeat at</source>
        <translation>Defeat at</translation>
    </message>
    <message>
        <source>Defeat reason</source>
        <translation>Defeat reason</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Outcome at</source>
        <translation>Outcome at</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes at</source>
        <translation>Notes at</translation>
    </message>
    <message>
        <source>Interaction kind</source>
        <translation>Interaction kind</translation>
    </message>
    <message>
        <source>Interaction time</source>
        <translation>Interaction time</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <source>Interaction text</source>
        <translation>Interaction text</translation>
    </message>
    <message>
        <source>Interaction outcome</source>
        <translation>Interaction outcome</translation>
    </message>
    <message>
        <source>No match: kept as an attribute</source>
        <translation>No match: kept as an attribute</translation>
    </message>
    <message>
        <source>Field already taken: kept as an attribute</source>
        <translation>Field already taken: kept as an attribute</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sure</translation>
    </message>
    <message>
        <source>From the profile</source>
        <translation>From the profile</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Pipe (|)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>%Ln row read.</numerusform>
            <numerusform>%Ln rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected.</source>
        <translation>
            <numerusform>%Ln row rejected.</numerusform>
            <numerusform>%Ln rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>The row that names the columns. Exports that start with a title or a date above the header are recognised; choose the row here if the columns look wrong.</source>
        <translation>The row that names the columns. Exports that start with a title or a date above the header are recognised; choose the row here if the columns look wrong.</translation>
    </message>
    <message>
        <source>Row numbers are those of the file, so a rejected row can be found in it.</source>
        <translation>Row numbers are those of the file, so a rejected row can be found in it.</translation>
    </message>
    <message>
        <source>Detected: row %1</source>
        <translation>Detected: row %1</translation>
    </message>
    <message>
        <source>The header is on row %1; the rows above it are skipped.</source>
        <translation>The header is on row %1; the rows above it are skipped.</translation>
    </message>
</context>
<context>
    <name>ll::ui::LeadDetailDialog</name>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>City tier</source>
        <translation>City tier</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Sales specialist</source>
        <translation>Sales specialist</translation>
    </message>
    <message>
        <source>Specialist tier</source>
        <translation>Specialist tier</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Current vehicle</source>
        <translation>Current vehicle</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>Financing interest</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Store visit</source>
        <translation>Store visit</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>Test drive</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Order locked</source>
        <translation>Order locked</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rank %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>conversion %1</source>
        <translation>conversion %1</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Dialogue and notes</source>
        <translation>Dialogue and notes</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Why this rank</translation>
    </message>
    <message>
        <source>Effect on the score</source>
        <translation>Effect on the score</translation>
    </message>
    <message>
        <source>Sentence or field</source>
        <translation>Sentence or field</translation>
    </message>
    <message>
        <source>Scoring model needed: the sentences and fields that move this lead&apos;s rank are found by scoring it again with each one removed. Score the workspace with a model to see them.</source>
        <translation>Scoring model needed: the sentences and fields that move this lead&apos;s rank are found by scoring it again with each one removed. Score the workspace with a model to see them.</translation>
    </message>
    <message>
        <source>Working out what moves the score of %1…</source>
        <translation>Working out what moves the score of %1…</translation>
    </message>
    <message>
        <source>The explanation could not be computed: %1</source>
        <translation>The explanation could not be computed: %1</translation>
    </message>
    <message>
        <source>%1 found nothing in this lead that moves its score.</source>
        <translation>%1 found nothing in this lead that moves its score.</translation>
    </message>
    <message>
        <source>Scored by %1 with each part removed; the largest effects first.</source>
        <translation>Scored by %1 with each part removed; the largest effects first.</translation>
    </message>
    <message>
        <source>No notes or dialogue were recorded for this lead.</source>
        <translation>No notes or dialogue were recorded for this lead.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Longest call</translation>
    </message>
</context>
<context>
    <name>ll::ui::LogModel</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ll::ui::LogPanel</name>
    <message numerus="yes">
        <source>Log — %n issue(s)</source>
        <translation>
            <numerusform>Log — %n issue</numerusform>
            <numerusform>Log — %n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Issues (%1)</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Warnings and errors: failed jobs, rejected rows</source>
        <translation>Warnings and errors: failed jobs, rejected rows</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ll::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the leads</source>
        <translation>Cannot list the leads</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open an existing workspace folder</source>
        <translation>Open an existing workspace folder</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>Create a workspace in an empty folder</source>
        <translation>Create a workspace in an empty folder</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>Recent &amp;Workspaces</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Import File…</translation>
    </message>
    <message>
        <source>Import a CRM export (.csv or .xlsx) into this workspace</source>
        <translation>Import a CRM export (.csv or .xlsx) into this workspace</translation>
    </message>
    <message>
        <source>&amp;Call Sheets…</source>
        <translation>&amp;Call Sheets…</translation>
    </message>
    <message>
        <source>Export each specialist&apos;s leads as CSV, Excel or PDF call sheets</source>
        <translation>Export each specialist&apos;s leads as CSV, Excel or PDF call sheets</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
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
        <source>&amp;About LeadLadder</source>
        <translation>&amp;About LeadLadder</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
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
        <translation>No workspace is open. Open one with File › Open Workspace… or start one with File › New Workspace….</translation>
    </message>
    <message>
        <source>This workspace has no leads yet. Import a CRM export with File › Import File…, or drop a .csv or .xlsx file on this window.</source>
        <translation>This workspace has no leads yet. Import a CRM export with File › Import File…, or drop a .csv or .xlsx file on this window.</translation>
    </message>
    <message>
        <source>Leads are in the Funnel+Recency order: deepest funnel stage first, then the most recent contact. This is the baseline until a model has scored this workspace.</source>
        <translation>Leads are in the Funnel+Recency order: deepest funnel stage first, then the most recent contact. This is the baseline until a model has scored this workspace.</translation>
    </message>
    <message>
        <source>Lead counts unavailable</source>
        <translation>Lead counts unavailable</translation>
    </message>
    <message>
        <source>ranked by %1</source>
        <translation>ranked by %1</translation>
    </message>
    <message>
        <source>ranked by Funnel+Recency (no model yet)</source>
        <translation>ranked by Funnel+Recency (no model yet)</translation>
    </message>
    <message>
        <source>Interactions: %1 · imports: %2 · won: %3 · lost: %4</source>
        <translation>Interactions: %1 · imports: %2 · won: %3 · lost: %4</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, before switching workspaces.</source>
        <translation>An import is running. Wait for it to finish, or cancel it, before switching workspaces.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>Choose an Empty Folder for the New Workspace</source>
        <translation>Choose an Empty Folder for the New Workspace</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Create the workspace in it anyway?</source>
        <translation>The folder %1 is not empty. Create the workspace in it anyway?</translation>
    </message>
    <message>
        <source>That folder already held a workspace; it was opened.</source>
        <translation>That folder already held a workspace; it was opened.</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing %1.</source>
        <translation>Open or create a workspace before importing %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Cancelling the import…</translation>
    </message>
    <message>
        <source>Saving %1 to the workspace…</source>
        <translation>Saving %1 to the workspace…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <translation>Nothing was imported from %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the workspace is unchanged.</source>
        <translation>The import of %1 was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>The import of %1 failed</source>
        <translation>The import of %1 failed</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 was imported.</translation>
    </message>
    <message>
        <source>%1 was imported without its rejected rows.</source>
        <translation>%1 was imported without its rejected rows.</translation>
    </message>
    <message>
        <source>Nothing new in %1: the workspace already holds all of it.</source>
        <translation>Nothing new in %1: the workspace already holds all of it.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: some rows were rejected. Fix them in the file and import it again.</source>
        <translation>Nothing was imported from %1: some rows were rejected. Fix them in the file and import it again.</translation>
    </message>
    <message>
        <source>%1 was checked; nothing was written.</source>
        <translation>%1 was checked; nothing was written.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Import Report</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import Running</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>An import is still running. Cancel it and quit? The workspace stays as it was before the import.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Log Panel</source>
        <translation>&amp;Log Panel</translation>
    </message>
    <message>
        <source>Show the application&apos;s log, with warnings and errors as issues</source>
        <translation>Show the application&apos;s log, with warnings and errors as issues</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language, palette, hot list size, phone masking and log level</source>
        <translation>Language, palette, hot list size, phone masking and log level</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing a file.</source>
        <translation>Open or create a workspace before importing a file.</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, before starting another.</source>
        <translation>An import is running. Wait for it to finish, or cancel it, before starting another.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>About LeadLadder</source>
        <translation>About LeadLadder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadLadder %1&lt;/h3&gt;&lt;p&gt;Ranks open sales leads and turns the ranking into the day&apos;s work.&lt;/p&gt;&lt;p&gt;Until a model has scored a workspace, leads are ranked by the Funnel+Recency baseline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeadLadder %1&lt;/h3&gt;&lt;p&gt;Ranks open sales leads and turns the ranking into the day&apos;s work.&lt;/p&gt;&lt;p&gt;Until a model has scored a workspace, leads are ranked by the Funnel+Recency baseline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ll::ui::Palette</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>ll::ui::QueueModel</name>
    <message>
        <source>Test drive done</source>
        <translation>Test drive done</translation>
    </message>
    <message>
        <source>Store visited</source>
        <translation>Store visited</translation>
    </message>
    <message>
        <source>Engaged by phone</source>
        <translation>Engaged by phone</translation>
    </message>
    <message>
        <source>New / unreached</source>
        <translation>New / unreached</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Lead ID</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Sales specialist</source>
        <translation>Sales specialist</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Position in the ranking of the model&apos;s latest scoring run.</source>
        <translation>Position in the ranking of the model&apos;s latest scoring run.</translation>
    </message>
    <message>
        <source>Position in the Funnel+Recency queue: deepest funnel stage first, then most recent contact.</source>
        <translation>Position in the Funnel+Recency queue: deepest funnel stage first, then most recent contact.</translation>
    </message>
    <message>
        <source>The model&apos;s ranking score (higher is better); empty until a model has scored the lead.</source>
        <translation>The model&apos;s ranking score (higher is better); empty until a model has scored the lead.</translation>
    </message>
    <message>
        <source>The model&apos;s calibrated probability that the lead converts.</source>
        <translation>The model&apos;s calibrated probability that the lead converts.</translation>
    </message>
    <message>
        <source>The funnel tier the lead&apos;s queue belongs to.</source>
        <translation>The funnel tier the lead&apos;s queue belongs to.</translation>
    </message>
    <message>
        <source>Days since the lead was created, counted to the newest date in the workspace.</source>
        <translation>Days since the lead was created, counted to the newest date in the workspace.</translation>
    </message>
</context>
<context>
    <name>ll::ui::QueuePage</name>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation>Search notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds leads whose notes contain every word typed, in English or Chinese.</source>
        <translation>Finds leads whose notes contain every word typed, in English or Chinese.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>From this day</translation>
    </message>
    <message>
        <source>To this day, inclusive</source>
        <translation>To this day, inclusive</translation>
    </message>
    <message>
        <source>Hot list:</source>
        <translation>Hot list:</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>% of open leads</source>
        <translation>% of open leads</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>Ranked by the Funnel+Recency baseline: no model has scored this workspace yet.</source>
        <translation>Ranked by the Funnel+Recency baseline: no model has scored this workspace yet.</translation>
    </message>
    <message>
        <source>Ranked by the model %1, scored %2.</source>
        <translation>Ranked by the model %1, scored %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) in this queue</source>
        <translation>
            <numerusform>%Ln lead in this queue</numerusform>
            <numerusform>%Ln leads in this queue</numerusform>
        </translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>All specialists</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Hot list (%1)</source>
        <translation>Hot list (%1)</translation>
    </message>
    <message>
        <source>All open leads (%1)</source>
        <translation>All open leads (%1)</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
</context>
<context>
    <name>ll::ui::ScoringPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Loading the model…</translation>
    </message>
    <message>
        <source>Reading leads…</source>
        <translation>Reading leads…</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Saving the ranking…</source>
        <translation>Saving the ranking…</translation>
    </message>
    <message>
        <source>This folder cannot be used.</source>
        <translation>This folder cannot be used.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choose a model folder</translation>
    </message>
    <message>
        <source>Run %1: %2 leads ranked (%3 scored by the model, %4 unchanged and reused) in %5; %6.</source>
        <translation>Run %1: %2 leads ranked (%3 scored by the model, %4 unchanged and reused) in %5; %6.</translation>
    </message>
    <message>
        <source>%1 leads/s.</source>
        <translation>%1 leads/s.</translation>
    </message>
    <message>
        <source>Scoring was cancelled; the workspace is unchanged.</source>
        <translation>Scoring was cancelled; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 of %2 leads</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>elapsed %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Not scored.</translation>
    </message>
    <message>
        <source>Open a workspace to score its leads.</source>
        <translation>Open a workspace to score its leads.</translation>
    </message>
    <message>
        <source>Rank every open lead with a trained model. Leads whose information has not changed since the last run of the same model keep their scores, so a daily refresh is quick.</source>
        <translation>Rank every open lead with a trained model. Leads whose information has not changed since the last run of the same model keep their scores, so a daily refresh is quick.</translation>
    </message>
    <message>
        <source>Model folder:</source>
        <translation>Model folder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
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
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Also score won and lost leads</source>
        <translation>Also score won and lost leads</translation>
    </message>
    <message>
        <source>Score leads</source>
        <translation>Score leads</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No model chosen. Choose a folder written by `leadladder-cli train`.</source>
        <translation>No model chosen. Choose a folder written by `leadladder-cli train`.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <comment>progress phase</comment>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Backbone: %1 layers, width %2, %3 heads, vocabulary %4, %5 parameters%6</source>
        <translation>Backbone: %1 layers, width %2, %3 heads, vocabulary %4, %5 parameters%6</translation>
    </message>
    <message>
        <source>, LoRA adapter</source>
        <translation>, LoRA adapter</translation>
    </message>
    <message>
        <source>Backbone folder: %1</source>
        <translation>Backbone folder: %1</translation>
    </message>
    <message>
        <source>Input: %1 template, %2 tokens; funnel: %3; calibration: %4</source>
        <translation>Input: %1 template, %2 tokens; funnel: %3; calibration: %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Trained: %1 on data %2</source>
        <translation>Trained: %1 on data %2</translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation>(unknown time)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metrics: %1</translation>
    </message>
    <message>
        <source>Ready to score.</source>
        <translation>Ready to score.</translation>
    </message>
    <message>
        <source>Choose a model to score with.</source>
        <translation>Choose a model to score with.</translation>
    </message>
</context>
<context>
    <name>ll::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Palette:</source>
        <translation>&amp;Palette:</translation>
    </message>
    <message>
        <source>&amp;Hot list size:</source>
        <translation>&amp;Hot list size:</translation>
    </message>
    <message>
        <source> leads</source>
        <translation> leads</translation>
    </message>
    <message>
        <source>How many leads the hot list shows, ranked across all tiers</source>
        <translation>How many leads the hot list shows, ranked across all tiers</translation>
    </message>
    <message>
        <source>&amp;Mask phone numbers in exported call sheets</source>
        <translation>&amp;Mask phone numbers in exported call sheets</translation>
    </message>
    <message>
        <source>Sheets that leave the office then show only the last digits (for example 138****5678). It can still be changed for each export.</source>
        <translation>Sheets that leave the office then show only the last digits (for example 138****5678). It can still be changed for each export.</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>Log &amp;level:</translation>
    </message>
    <message>
        <source>The least important records the log panel keeps</source>
        <translation>The least important records the log panel keeps</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
</context>
<context>
    <name>ll::ui::Startup</name>
    <message>
        <source>Ranks open sales leads and turns the ranking into the day&apos;s work.</source>
        <translation>Ranks open sales leads and turns the ranking into the day&apos;s work.</translation>
    </message>
    <message>
        <source>Workspace folder to open (created if missing). Default: the last one opened.</source>
        <translation>Workspace folder to open (created if missing). Default: the last one opened.</translation>
    </message>
    <message>
        <source>Save a screenshot of each main screen into &lt;dir&gt; and quit.</source>
        <translation>Save a screenshot of each main screen into &lt;dir&gt; and quit.</translation>
    </message>
    <message>
        <source>Interface language for this run (en, zh_CN).</source>
        <translation>Interface language for this run (en, zh_CN).</translation>
    </message>
    <message>
        <source>Write each chart that has data into &lt;dir&gt; as PNG and PDF, without the window, and quit.</source>
        <translation>Write each chart that has data into &lt;dir&gt; as PNG and PDF, without the window, and quit.</translation>
    </message>
    <message>
        <source>With --export-charts: the evaluation report (JSON) to chart instead of the workspace&apos;s latest.</source>
        <translation>With --export-charts: the evaluation report (JSON) to chart instead of the workspace&apos;s latest.</translation>
    </message>
    <message>
        <source>With --export-charts: the A/B results to chart (a simulate-ab folder or its JSON) instead of the workspace&apos;s latest experiment.</source>
        <translation>With --export-charts: the A/B results to chart (a simulate-ab folder or its JSON) instead of the workspace&apos;s latest experiment.</translation>
    </message>
</context>
</TS>
