/**
 * Budget importer - bound Apps Script.
 * Imports bank CSV exports from a Drive folder into the Transactions tab.
 */

const TX_SHEET = 'Transactions';
const RULES_SHEET = 'Rules';
const SUMMARY_SHEET = 'Summary';
const SETTINGS_SHEET = 'Settings';
const TX_HEADERS = ['Date', 'Description', 'Amount', 'Currency', 'Account', 'Category',
                    'Subcategory', 'Source file', 'Fingerprint'];

// Column mapping per bank export. `amount` may be one column or debit/credit pair.
const BANK_PROFILES = [
  { name: 'Chase', required: ['Posting Date', 'Description', 'Amount'],
    date: 'Posting Date', desc: 'Description', amount: 'Amount', dateFormat: 'MM/dd/yyyy' },
  { name: 'Capital One', required: ['Transaction Date', 'Description', 'Debit', 'Credit'],
    date: 'Transaction Date', desc: 'Description', debit: 'Debit', credit: 'Credit',
    account: 'Card No.', dateFormat: 'yyyy-MM-dd' },
  { name: 'Monzo', required: ['Transaction ID', 'Date', 'Name', 'Amount', 'Currency'],
    date: 'Date', desc: 'Name', amount: 'Amount', currency: 'Currency', dateFormat: 'dd/MM/yyyy' },
  { name: 'Revolut', required: ['Type', 'Started Date', 'Description', 'Amount', 'Currency'],
    date: 'Started Date', desc: 'Description', amount: 'Amount', currency: 'Currency',
    dateFormat: 'yyyy-MM-dd HH:mm:ss' },
  { name: 'Generic', required: ['Date', 'Description', 'Amount'],
    date: 'Date', desc: 'Description', amount: 'Amount', dateFormat: 'yyyy-MM-dd' },
];

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Budget')
    .addItem('Import CSVs now', 'importInbox')
    .addItem('Re-apply rules to Uncategorised', 'recategorise')
    .addItem('Rebuild summary', 'buildSummary')
    .addSeparator()
    .addItem('Set up sheet', 'setup')
    .addItem('Turn on daily import', 'installDailyTrigger')
    .addItem('Turn off daily import', 'removeTriggers')
    .addToUi();
}

function setup() {
  const ss = SpreadsheetApp.getActive();
  const ui = SpreadsheetApp.getUi();
  ensureSheet_(ss, TX_SHEET, TX_HEADERS);
  ensureSheet_(ss, RULES_SHEET, ['Pattern', 'Category', 'Subcategory']);
  ensureSheet_(ss, SUMMARY_SHEET, ['Month', 'Category', 'Total']);
  ensureSheet_(ss, SETTINGS_SHEET, ['Key', 'Value']);
  const r = ui.prompt('Inbox folder', 'Paste the Google Drive folder URL or ID where you drop bank CSVs:',
                      ui.ButtonSet.OK_CANCEL);
  if (r.getSelectedButton() !== ui.Button.OK) return;
  const id = folderIdFrom_(r.getResponseText());
  DriveApp.getFolderById(id); // throws if not accessible
  PropertiesService.getDocumentProperties().setProperty('INBOX_FOLDER_ID', id);
  ui.alert('Set up done. Drop CSVs into the folder and use Budget → Import CSVs now.');
}

function importInbox() {
  const props = PropertiesService.getDocumentProperties();
  const folderId = props.getProperty('INBOX_FOLDER_ID');
  if (!folderId) throw new Error('Run Budget → Set up sheet first.');
  const inbox = DriveApp.getFolderById(folderId);
  const done = childFolder_(inbox, 'imported');

  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(TX_SHEET);
  const seen = existingFingerprints_(sheet);
  const rules = loadRules_(ss);
  let added = 0, skipped = 0, files = 0;

  const it = inbox.getFilesByType(MimeType.CSV);
  while (it.hasNext()) {
    const file = it.next();
    const text = file.getBlob().getDataAsString('UTF-8').replace(/^\uFEFF/, '');
    const rows = Utilities.parseCsv(text);
    if (rows.length < 2) { file.moveTo(done); continue; }
    const header = rows[0].map(h => h.trim());
    const profile = BANK_PROFILES.find(p => p.required.every(c => header.indexOf(c) >= 0));
    if (!profile) {
      Logger.log('No profile matches %s: %s', file.getName(), header.join(' | '));
      continue; // leave it in the inbox so the user notices
    }
    const col = name => header.indexOf(name);
    const out = [];
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i];
      if (row.every(c => c === '')) continue;
      const date = parseDate_(row[col(profile.date)], profile.dateFormat);
      const desc = String(row[col(profile.desc)] || '').trim();
      const amount = profile.amount
        ? toNumber_(row[col(profile.amount)])
        : toNumber_(row[col(profile.credit)]) - toNumber_(row[col(profile.debit)]);
      const currency = profile.currency ? row[col(profile.currency)] : 'GBP';
      const account = maskAccount_(profile.account ? row[col(profile.account)] : profile.name);
      const fp = fingerprint_([Utilities.formatDate(date, 'UTC', 'yyyy-MM-dd'), desc, amount.toFixed(2), account]);
      if (seen.has(fp)) { skipped++; continue; }
      seen.add(fp);
      const [cat, sub] = categorise_(desc, rules);
      out.push([date, desc, amount, currency, account, cat, sub, file.getName(), fp]);
    }
    if (out.length) {
      sheet.getRange(sheet.getLastRow() + 1, 1, out.length, TX_HEADERS.length).setValues(out);
      added += out.length;
    }
    file.moveTo(done);
    files++;
  }
  sheet.getRange(2, 1, Math.max(sheet.getLastRow() - 1, 1), 1).setNumberFormat('yyyy-mm-dd');
  buildSummary();
  const msg = `Imported ${added} transactions from ${files} file(s); ${skipped} duplicates skipped.`;
  Logger.log(msg);
  try { SpreadsheetApp.getActive().toast(msg, 'Budget', 8); } catch (e) { /* trigger context */ }
}

function recategorise() {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(TX_SHEET);
  const rules = loadRules_(ss);
  const n = sheet.getLastRow() - 1;
  if (n < 1) return;
  const range = sheet.getRange(2, 1, n, TX_HEADERS.length);
  const values = range.getValues();
  let changed = 0;
  values.forEach(r => {
    if (r[5] === 'Uncategorised') {
      const [cat, sub] = categorise_(r[1], rules);
      if (cat !== 'Uncategorised') { r[5] = cat; r[6] = sub; changed++; }
    }
  });
  range.setValues(values);
  ss.toast(`${changed} rows categorised`, 'Budget', 5);
}

function buildSummary() {
  const ss = SpreadsheetApp.getActive();
  const tx = ss.getSheetByName(TX_SHEET);
  const sum = ss.getSheetByName(SUMMARY_SHEET);
  const n = tx.getLastRow() - 1;
  sum.clearContents();
  sum.getRange(1, 1, 1, 3).setValues([['Month', 'Category', 'Total']]);
  if (n < 1) return;
  const totals = {};
  tx.getRange(2, 1, n, 7).getValues().forEach(r => {
    if (!(r[0] instanceof Date)) return;
    const key = Utilities.formatDate(r[0], ss.getSpreadsheetTimeZone(), 'yyyy-MM') + '\t' + r[5];
    totals[key] = (totals[key] || 0) + Number(r[2]);
  });
  const rows = Object.keys(totals).sort().reverse().map(k => {
    const [m, c] = k.split('\t');
    return [m, c, Math.round(totals[k] * 100) / 100];
  });
  if (rows.length) sum.getRange(2, 1, rows.length, 3).setValues(rows);
}

function installDailyTrigger() {
  removeTriggers();
  ScriptApp.newTrigger('importInbox').timeBased().everyDays(1).atHour(6).create();
  SpreadsheetApp.getActive().toast('Daily import at ~06:00 enabled', 'Budget', 5);
}

function removeTriggers() {
  ScriptApp.getProjectTriggers()
    .filter(t => t.getHandlerFunction() === 'importInbox')
    .forEach(t => ScriptApp.deleteTrigger(t));
}

// ---------- helpers ----------

function ensureSheet_(ss, name, headers) {
  let sh = ss.getSheetByName(name);
  if (!sh) sh = ss.insertSheet(name);
  if (sh.getLastRow() === 0) {
    sh.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
    sh.setFrozenRows(1);
  }
  return sh;
}

function childFolder_(parent, name) {
  const it = parent.getFoldersByName(name);
  return it.hasNext() ? it.next() : parent.createFolder(name);
}

function folderIdFrom_(s) {
  const m = String(s).match(/[-\w]{25,}/);
  if (!m) throw new Error('Could not find a folder ID in: ' + s);
  return m[0];
}

function existingFingerprints_(sheet) {
  const n = sheet.getLastRow() - 1;
  const set = new Set();
  if (n > 0) sheet.getRange(2, 9, n, 1).getValues().forEach(r => r[0] && set.add(r[0]));
  return set;
}

function fingerprint_(parts) {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, parts.join('|'),
                                        Utilities.Charset.UTF_8);
  return Utilities.base64EncodeWebSafe(bytes).slice(0, 22);
}

function loadRules_(ss) {
  const sh = ss.getSheetByName(RULES_SHEET);
  const n = sh ? sh.getLastRow() - 1 : 0;
  if (n < 1) return [];
  return sh.getRange(2, 1, n, 3).getValues()
    .filter(r => r[0])
    .map(r => {
      try { return { re: new RegExp(r[0], 'i'), cat: r[1], sub: r[2] }; }
      catch (e) { Logger.log('Bad rule pattern %s', r[0]); return null; }
    })
    .filter(Boolean);
}

function categorise_(desc, rules) {
  for (const r of rules) if (r.re.test(desc)) return [r.cat, r.sub || ''];
  return ['Uncategorised', ''];
}

function maskAccount_(v) {
  const s = String(v || '').trim();
  const digits = s.replace(/\D/g, '');
  return digits.length >= 4 ? '••••' + digits.slice(-4) : s;
}

function toNumber_(v) {
  if (v === '' || v == null) return 0;
  let s = String(v).replace(/[£$€\s,]/g, '');
  if (/^\(.*\)$/.test(s)) s = '-' + s.slice(1, -1);
  const n = Number(s);
  return isNaN(n) ? 0 : n;
}

function parseDate_(s, fmt) {
  s = String(s).trim();
  let y, m, d, H = 0, M = 0, S = 0;
  if (fmt === 'MM/dd/yyyy') [m, d, y] = s.split('/').map(Number);
  else if (fmt === 'dd/MM/yyyy') [d, m, y] = s.split('/').map(Number);
  else {
    const p = s.split(/[-\s:]/).map(Number);
    [y, m, d] = p; H = p[3] || 0; M = p[4] || 0; S = p[5] || 0;
  }
  return new Date(y, m - 1, d, H, M, S);
}
