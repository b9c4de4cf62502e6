// gcc -fno-stack-protector -no-pie -o chall chall.c
#include <stdio.h>
#include <stdlib.h>
void win(void) { system("cat flag.txt"); }
int main(void) {
    char name[64];
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("What is your name? ");
    gets(name);   /* intentionally vulnerable practice challenge */
    printf("Hello %s\n", name);
    return 0;
}
