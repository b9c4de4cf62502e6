const CRM_URL = 'https://api.crm.adventureworks.example/v3/opportunities';
const TAB = 'CRM_Open';

function installTrigger() {
  removeTriggers();
  ScriptApp.newTrigger('syncOpenOpps').timeBased().everyDays(1).atHour(2).create();
}

function removeTriggers() {
  ScriptApp.getProjectTriggers()
    .filter(t => t.getHandlerFunction() === 'syncOpenOpps')
    .forEach(t => ScriptApp.deleteTrigger(t));
}

function syncOpenOpps() {
  const token = PropertiesService.getScriptProperties().getProperty('CRM_TOKEN');
  if (!token) throw new Error('Set CRM_TOKEN in Script Properties');
  const rows = [['Opportunity', 'Account', 'Owner', 'Stage', 'Amount', 'Close date']];
  let cursor = '';
  do {
    const url = CRM_URL + '?status=open&limit=200' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
    const res = UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + token }, muteHttpExceptions: true });
    if (res.getResponseCode() !== 200) throw new Error('CRM returned ' + res.getResponseCode());
    const page = JSON.parse(res.getContentText());
    page.items.forEach(o => rows.push([o.name, o.account, o.owner, o.stage, o.amount, o.close_date]));
    cursor = page.next_cursor;
  } while (cursor);

  const sh = SpreadsheetApp.getActive().getSheetByName(TAB) || SpreadsheetApp.getActive().insertSheet(TAB);
  sh.clearContents();
  sh.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  sh.getRange('H1').setValue('Synced ' + new Date().toISOString());
}
