#ifndef GLOSTEN_CEDITLINE_SHIM_H
#define GLOSTEN_CEDITLINE_SHIM_H

/* libedit's own API (not <readline/readline.h>, which is GNU readline). */
#include <histedit.h>
#include <stdio.h>
#include <locale.h>

/* Swift cannot call C variadic functions, so each el_set / el_get / history call the shell
   needs gets a fixed-signature wrapper here. */

/* The standard streams, as functions: Swift 6 refuses the global variables. */
static inline EditLine *glosten_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline FILE *glosten_stdout(void) { return stdout; }

typedef char *(*glosten_prompt_fn)(EditLine *);
/* Reads one character: 1 with it, 0 at the end of input, -1 with errno set (libedit's el_rfunc_t). */
typedef int (*glosten_getc_fn)(EditLine *, wchar_t *);
typedef unsigned char (*glosten_key_fn)(EditLine *, int);

static inline int glosten_el_set_prompt(EditLine *el, glosten_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int glosten_el_set_getcfn(EditLine *el, glosten_getc_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}
static inline int glosten_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int glosten_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int glosten_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int glosten_el_add_function(EditLine *el, const char *name, const char *help, glosten_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int glosten_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
static inline int glosten_el_source(EditLine *el, const char *file) {
    return el_source(el, file);
}
static inline int glosten_history_set_size(History *h, HistEvent *ev, int size) {
    return history(h, ev, H_SETSIZE, size);
}
static inline int glosten_history_set_unique(History *h, HistEvent *ev, int unique) {
    return history(h, ev, H_SETUNIQUE, unique);
}
static inline int glosten_history_enter(History *h, HistEvent *ev, const char *line) {
    return history(h, ev, H_ENTER, line);
}
static inline int glosten_history_load(History *h, HistEvent *ev, const char *file) {
    return history(h, ev, H_LOAD, file);
}
static inline int glosten_history_save_fp(History *h, HistEvent *ev, FILE *file) {
    return history(h, ev, H_SAVE_FP, file);
}

/* Values a key function returns (from histedit.h's CC_* macros, which Swift cannot import). */
enum {
    GLOSTEN_CC_NORM = CC_NORM,
    GLOSTEN_CC_REFRESH = CC_REFRESH,
    GLOSTEN_CC_REDISPLAY = CC_REDISPLAY
};

#endif
