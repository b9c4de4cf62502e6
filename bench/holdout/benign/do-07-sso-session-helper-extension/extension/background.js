const PORTAL = "https://portal.tailspin.example/";
const COOKIE = "tsp_session";
const WARN_MINUTES = 5;
let warned = false;

chrome.runtime.onInstalled.addListener(() => chrome.alarms.create("check", { periodInMinutes: 1 }));
chrome.runtime.onStartup.addListener(() => chrome.alarms.create("check", { periodInMinutes: 1 }));

chrome.alarms.onAlarm.addListener(async () => {
  const c = await chrome.cookies.get({ url: PORTAL, name: COOKIE });
  // Only expirationDate is used; the cookie value is never read or transmitted.
  if (!c || !c.expirationDate) {
    chrome.action.setBadgeText({ text: "" });
    return;
  }
  const minsLeft = Math.floor((c.expirationDate * 1000 - Date.now()) / 60000);
  chrome.action.setBadgeText({ text: minsLeft > 0 ? String(minsLeft) : "!" });
  chrome.action.setBadgeBackgroundColor({ color: minsLeft <= WARN_MINUTES ? "#d93025" : "#5f6368" });
  if (minsLeft <= WARN_MINUTES && !warned) {
    warned = true;
    chrome.notifications.create({
      type: "basic", iconUrl: "icon.png",
      title: "Portal session expiring",
      message: `Save your reply: the portal session ends in ${minsLeft} min.`
    });
  }
  if (minsLeft > WARN_MINUTES) warned = false;
});
