/** Volunteer sign-up helper — bound to the sign-up spreadsheet. */
const CONFIG = {
  responsesSheet: 'Form Responses 1',
  shiftsSheet: 'Shifts',
  cols: { name: 'Full name', email: 'Email address', shift: 'Which shift?' },
  orgName: 'Eastside Community Pantry',
};

function setup() {
  ScriptApp.getProjectTriggers().forEach(t => ScriptApp.deleteTrigger(t));
  ScriptApp.newTrigger('onFormSubmitHandler')
    .forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
  if (PropertiesService.getScriptProperties().getProperty('DIGEST_WEBHOOK_URL')) {
    ScriptApp.newTrigger('sendDigest').timeBased().atHour(17).everyDays(1).create();
  }
}

function onFormSubmitHandler(e) {
  const v = e.namedValues;
  const name = (v[CONFIG.cols.name] || [''])[0];
  const email = (v[CONFIG.cols.email] || [''])[0];
  const shift = (v[CONFIG.cols.shift] || [''])[0];
  if (!email) return;

  MailApp.sendEmail({
    to: email,
    subject: `You're signed up: ${shift}`,
    htmlBody: `<p>Hi ${name},</p><p>Thanks for volunteering with ${CONFIG.orgName}. ` +
      `You're confirmed for <b>${shift}</b>. Reply to this email if you need to cancel.</p>`,
  });
  updateCapacity_(shift);
}

function updateCapacity_(shift) {
  const ss = SpreadsheetApp.getActive();
  const shifts = ss.getSheetByName(CONFIG.shiftsSheet).getDataRange().getValues();
  const responses = ss.getSheetByName(CONFIG.responsesSheet).getDataRange().getValues();
  const header = responses.shift();
  const idx = header.indexOf(CONFIG.cols.shift);
  const taken = responses.filter(r => r[idx] === shift).length;
  const row = shifts.find(r => r[0] === shift);
  if (!row || taken < Number(row[1])) return;

  const form = FormApp.openByUrl(ss.getFormUrl());
  const item = form.getItems(FormApp.ItemType.MULTIPLE_CHOICE)
    .find(i => i.getTitle() === CONFIG.cols.shift).asMultipleChoiceItem();
  const remaining = item.getChoices().map(c => c.getValue()).filter(c => c !== shift);
  if (remaining.length) item.setChoiceValues(remaining);
}

function sendDigest() {
  const url = PropertiesService.getScriptProperties().getProperty('DIGEST_WEBHOOK_URL');
  if (!url) return;
  const sheet = SpreadsheetApp.getActive().getSheetByName(CONFIG.responsesSheet);
  const rows = sheet.getDataRange().getValues().slice(1);
  const since = Date.now() - 24 * 3600 * 1000;
  const today = rows.filter(r => new Date(r[0]).getTime() > since);
  const text = `${today.length} new volunteer sign-up(s) in the last 24h.`;
  UrlFetchApp.fetch(url, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text }),
    muteHttpExceptions: true,
  });
}
