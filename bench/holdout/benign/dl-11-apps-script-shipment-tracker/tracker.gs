/** Open shipments tracker: hourly DHL status refresh + daily late summary to the owner. */
const SHEET = 'Open';
const MAX_ROWS_PER_RUN = 200;

function installTriggers() {
  removeTriggers();
  ScriptApp.newTrigger('refreshTracking').timeBased().everyHours(1).create();
  ScriptApp.newTrigger('dailyLateSummary').timeBased().atHour(7).everyDays(1).create();
}

function removeTriggers() {
  ScriptApp.getProjectTriggers().forEach(t => ScriptApp.deleteTrigger(t));
}

function refreshTracking() {
  const key = PropertiesService.getScriptProperties().getProperty('DHL_API_KEY');
  if (!key) throw new Error('Set DHL_API_KEY in Script properties');
  const sh = SpreadsheetApp.getActive().getSheetByName(SHEET);
  const rows = sh.getRange(2, 1, sh.getLastRow() - 1, 7).getValues();
  let done = 0;
  rows.forEach((r, i) => {
    if (done >= MAX_ROWS_PER_RUN || r[0] !== 'DHL' || !r[1] || r[4] === 'delivered') return;
    const res = UrlFetchApp.fetch('https://api-eu.dhl.com/track/shipments?trackingNumber=' + encodeURIComponent(r[1]),
      { headers: { 'DHL-API-Key': key }, muteHttpExceptions: true });
    done++;
    if (res.getResponseCode() !== 200) return;
    const s = JSON.parse(res.getContentText()).shipments[0];
    sh.getRange(i + 2, 5, 1, 3).setValues([[s.status.statusCode, s.status.description, new Date()]]);
  });
}

function dailyLateSummary() {
  const sh = SpreadsheetApp.getActive().getSheetByName(SHEET);
  const today = new Date();
  const late = sh.getRange(2, 1, sh.getLastRow() - 1, 7).getValues()
    .filter(r => r[3] && r[3] < today && r[4] !== 'delivered');
  if (!late.length) return;
  const body = late.map(r => `${r[0]} ${r[1]} | ${r[2]} | promised ${Utilities.formatDate(r[3], 'Europe/Berlin', 'dd.MM.')} | ${r[5]}`).join('\n');
  MailApp.sendEmail(Session.getEffectiveUser().getEmail(), `Late shipments: ${late.length}`, body);
}
