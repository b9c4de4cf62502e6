/* Include the public headers of the library you are binding. */
/* #include "lz4.h" */
