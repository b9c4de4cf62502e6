// Periodic OTA check against the owner's manifest. ESP-IDF v5.x
#include <string.h>
#include "esp_log.h"
#include "esp_http_client.h"
#include "esp_https_ota.h"
#include "esp_ota_ops.h"
#include "esp_app_desc.h"
#include "cJSON.h"
#include "mbedtls/sha256.h"

static const char *TAG = "ota";
extern const char server_ca_pem_start[] asm("_binary_server_ca_pem_start");

static int semver_cmp(const char *a, const char *b) {
    int a1 = 0, a2 = 0, a3 = 0, b1 = 0, b2 = 0, b3 = 0;
    sscanf(a, "%d.%d.%d", &a1, &a2, &a3);
    sscanf(b, "%d.%d.%d", &b1, &b2, &b3);
    if (a1 != b1) return a1 - b1;
    if (a2 != b2) return a2 - b2;
    return a3 - b3;
}

static esp_err_t fetch_manifest(char *buf, size_t len) {
    esp_http_client_config_t cfg = { .url = OTA_MANIFEST_URL, .cert_pem = server_ca_pem_start, .timeout_ms = 10000 };
    esp_http_client_handle_t c = esp_http_client_init(&cfg);
    esp_err_t err = esp_http_client_open(c, 0);
    if (err == ESP_OK) {
        esp_http_client_fetch_headers(c);
        int n = esp_http_client_read_response(c, buf, len - 1);
        buf[n > 0 ? n : 0] = 0;
    }
    esp_http_client_cleanup(c);
    return err;
}

void ota_check_once(void) {
    char body[1024];
    if (fetch_manifest(body, sizeof body) != ESP_OK) return;
    cJSON *m = cJSON_Parse(body);
    if (!m) return;
    const char *ver = cJSON_GetObjectItem(m, "version")->valuestring;
    const char *url = cJSON_GetObjectItem(m, "url")->valuestring;
    const char *want = cJSON_GetObjectItem(m, "sha256")->valuestring;
    const esp_app_desc_t *me = esp_app_get_description();

    if (semver_cmp(ver, me->version) <= 0) { cJSON_Delete(m); return; }
    ESP_LOGI(TAG, "update %s -> %s", me->version, ver);

    esp_http_client_config_t http = { .url = url, .cert_pem = server_ca_pem_start };
    esp_https_ota_config_t ota = { .http_config = &http };
    esp_https_ota_handle_t h;
    if (esp_https_ota_begin(&ota, &h) != ESP_OK) { cJSON_Delete(m); return; }
    while (esp_https_ota_perform(h) == ESP_ERR_HTTPS_OTA_IN_PROGRESS) {}

    // Verify the written image hash against the manifest before switching boot partition
    uint8_t got[32]; char hex[65];
    const esp_partition_t *p = esp_ota_get_next_update_partition(NULL);
    esp_partition_get_sha256(p, got);   // note: hashes the image as written
    for (int i = 0; i < 32; i++) sprintf(hex + 2 * i, "%02x", got[i]);
    if (strcmp(hex, want) != 0) {
        ESP_LOGE(TAG, "sha256 mismatch, aborting");
        esp_https_ota_abort(h);
        cJSON_Delete(m);
        return;
    }
    cJSON_Delete(m);
    if (esp_https_ota_finish(h) == ESP_OK) esp_restart();
}
