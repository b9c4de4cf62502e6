// Loaded before the app via --import / --require.
const Faultline = require('@faultline/node');

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const DROP_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-api-key'];

Faultline.init({
  dsn: process.env.FAULTLINE_DSN,
  enabled: Boolean(process.env.FAULTLINE_DSN),
  environment: process.env.FAULTLINE_ENVIRONMENT || process.env.NODE_ENV || 'development',
  release: process.env.FAULTLINE_RELEASE,
  sendDefaultPii: false,
  tracesSampleRate: process.env.NODE_ENV === 'production' ? 0.1 : 1.0,
  profilesSampleRate: 0.5,

  beforeSend(event) {
    const headers = event.request && event.request.headers;
    if (headers) {
      for (const h of Object.keys(headers)) {
        if (DROP_HEADERS.includes(h.toLowerCase())) delete headers[h];
      }
    }
    if (event.request && event.request.query_string) {
      event.request.query_string = '[stripped]';
    }
    if (event.message) event.message = event.message.replace(EMAIL_RE, '[email]');
    if (event.exception && event.exception.values) {
      for (const ex of event.exception.values) {
        if (ex.value) ex.value = ex.value.replace(EMAIL_RE, '[email]');
      }
    }
    return event;
  },

  beforeBreadcrumb(crumb) {
    if (crumb.category === 'http' && crumb.data && crumb.data.url) {
      crumb.data.url = crumb.data.url.split('?')[0];
    }
    return crumb;
  },
});
