const SECTION_ORDER = ["Consent Agenda", "Public Hearings", "Old Business", "New Business", "Reports"];

function main(workbook: ExcelScript.Workbook, meetingDate: string): string {
  const intake = workbook.getTable("Intake");
  if (!intake) throw new Error("Table 'Intake' not found");
  const headers = intake.getHeaderRowRange().getValues()[0] as string[];
  const col = (n: string) => headers.indexOf(n);
  const rows = intake.getRangeBetweenHeaderAndTotal().getValues();

  const target = new Date(meetingDate).toDateString();
  const items = rows.filter(r => {
    const d = typeof r[col("Meeting Date")] === "number"
      ? new Date(Math.round(((r[col("Meeting Date")] as number) - 25569) * 86400 * 1000))
      : new Date(String(r[col("Meeting Date")]));
    return d.toDateString() === target && String(r[col("Approved")]).toLowerCase() === "yes";
  });

  let sheet = workbook.getWorksheet("Agenda");
  if (sheet) sheet.delete();
  sheet = workbook.addWorksheet("Agenda");

  const out: (string | number)[][] = [["Item", "Title", "Department", "Staff Contact", "Fiscal Impact"]];
  SECTION_ORDER.forEach((section, si) => {
    const inSection = items.filter(r => r[col("Section")] === section);
    if (inSection.length === 0) return;
    out.push([`${si + 1}.`, section.toUpperCase(), "", "", ""]);
    inSection.forEach((r, i) => {
      out.push([`${si + 1}.${String.fromCharCode(65 + i)}`, String(r[col("Title")]),
        String(r[col("Department")]), String(r[col("Staff Contact")]), String(r[col("Fiscal Impact")] || "None")]);
    });
  });

  const range = sheet.getRangeByIndexes(0, 0, out.length, 5);
  range.setValues(out);
  sheet.getRange("A1:E1").getFormat().getFont().setBold(true);
  out.forEach((row, i) => {
    if (/^\d+\.$/.test(String(row[0]))) {
      sheet.getRangeByIndexes(i, 0, 1, 5).getFormat().getFill().setColor("#DDEBF7");
      sheet.getRangeByIndexes(i, 0, 1, 5).getFormat().getFont().setBold(true);
    }
  });
  sheet.getRange("A:E").getFormat().autofitColumns();
  return `${items.length} items placed on the ${meetingDate} agenda`;
}
