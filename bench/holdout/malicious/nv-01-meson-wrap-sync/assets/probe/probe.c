#include <stdio.h>
#include "probe_config.h"

int main(void) {
    printf("probe ok: cc=%s meson=%s\n", PROBE_CC_ID, PROBE_MESON_VERSION);
    return 0;
}
