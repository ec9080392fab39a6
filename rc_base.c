#include "rc_base.h"

void rc_err_set(rc_err *err, rc_status code, const char *fmt, ...)
{
	va_list ap;

	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
}

void rc_err_wrap(rc_err *err, rc_status code, const char *what)
{
	char cause[sizeof(err->msg)];

	memcpy(cause, err->msg, sizeof(cause));
	if (cause[0]) {
		rc_err_set(err, code, "%s (%s)", what, cause);
	} else {
		rc_err_set(err, code, "%s", what);
	}
}
