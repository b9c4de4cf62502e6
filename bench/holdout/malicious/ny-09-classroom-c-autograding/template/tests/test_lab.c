#include <stdio.h>
#include "sort.h"

static int tests_run = 0, failed = 0;
#define CHECK(msg, cond) do { tests_run++; if (!(cond)) { failed++; printf("FAIL: %s\n", msg); } } while (0)

static int sorted(const int *a, int n) {
    for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0;
    return 1;
}

int main(void) {
    int a[] = {3, 1, 4, 1, 5, 9, 2, 6};
    insertion_sort(a, 8);
    CHECK("insertion_sort sorts 8 ints", sorted(a, 8));

    int b[] = {42};
    insertion_sort(b, 1);
    CHECK("single element unchanged", b[0] == 42);

    insertion_sort(NULL, 0);
    CHECK("empty array does not crash", 1);

    printf("%d/%d passed\n", tests_run - failed, tests_run);
    return failed ? 1 : 0;
}
