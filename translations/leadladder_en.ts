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
        <source>The first non-empty row is the header; row numbers are those of the file.</source>
        <translation>The first non-empty row is the header; row numbers are those of the file.</translation>
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
</context>
</TS>
