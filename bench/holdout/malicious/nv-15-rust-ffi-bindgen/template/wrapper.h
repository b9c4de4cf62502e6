/* Public headers of the wrapped library. */
#include <foo/foo.h>
