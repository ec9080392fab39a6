/*
 * LD_PRELOAD shim for running Debian's (uninstrumented) PHP with an ASan build of the
 * extension. PHP dlopen()s extensions with RTLD_DEEPBIND, which makes a library prefer
 * its own dependencies' symbols over the ones already loaded: ASan's malloc and friends
 * would then be bypassed inside the extension, so ASan refuses such a dlopen() and exits.
 * This wrapper clears the flag and passes everything else through unchanged.
 *
 * Build: gcc -shared -fPIC -O2 -o no_deepbind.so no_deepbind.c -ldl
 * Use:   LD_PRELOAD="$(gcc -print-file-name=libasan.so) $PWD/no_deepbind.so"
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef void *(*dlopen_fn)(const char *, int);

void *dlopen(const char *file, int flags)
{
	/* Resolved on each call: a static cache would need locking for ZTS builds, and
	 * extensions are loaded a handful of times per process. */
	dlopen_fn next = (dlopen_fn)dlsym(RTLD_NEXT, "dlopen");

	if (next == NULL) {
		return NULL;
	}
	return next(file, flags & ~RTLD_DEEPBIND);
}
