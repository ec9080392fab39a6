#include "resp.h"
#include "php_redis.h"

#include "ext/standard/php_smart_string.h"
#include "zend_strtod.h"

#include <hiredis/sds.h>
#include <unistd.h>

/* Encoding */

void rc_cmd_init_in(rc_cmd *cmd, smart_str *storage, const char *name, size_t len)
{
	memset(cmd, 0, sizeof(*cmd));
	if (storage && storage->s) {
		cmd->buf = *storage;
		ZSTR_LEN(cmd->buf.s) = 0;
		storage->s = NULL;
		storage->a = 0;
	}
	/* PHP 8.2's smart_str starts at a 256-byte block for up to 231 bytes, and at a 4 KiB
	 * page for anything more: most commands fit in the block. */
	smart_str_alloc(&cmd->buf, 200, 0);
	rc_cmd_restart(cmd, name, len);
}

void rc_cmd_init(rc_cmd *cmd, const char *name, size_t len)
{
	rc_cmd_init_in(cmd, NULL, name, len);
}

void rc_cmd_restart(rc_cmd *cmd, const char *name, size_t len)
{
	memset(ZSTR_VAL(cmd->buf.s), ' ', RC_CMD_HEADROOM);
	ZSTR_LEN(cmd->buf.s) = RC_CMD_HEADROOM;
	cmd->argc = 0;
	rc_cmd_arg(cmd, name, len);
}

/* Writes the decimal digits of v so that they end at `end`; returns the first. */
static char *digits_before(char *end, size_t v)
{
	do {
		*--end = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	return end;
}

void rc_cmd_arg(rc_cmd *cmd, const char *arg, size_t len)
{
	char digits[MAX_LENGTH_OF_LONG];
	char *first = digits_before(digits + sizeof(digits), len);
	size_t n = (size_t)(digits + sizeof(digits) - first);
	/* One capacity check for "$<len>\r\n<arg>\r\n": this runs for every argument. */
	char *p = smart_str_extend(&cmd->buf, 1 + n + 2 + len + 2);

	*p++ = '$';
	memcpy(p, first, n);
	p += n;
	*p++ = '\r';
	*p++ = '\n';
	memcpy(p, arg, len);
	p += len;
	*p++ = '\r';
	*p = '\n';
	cmd->argc++;
}

void rc_cmd_arg_str(rc_cmd *cmd, const zend_string *arg)
{
	rc_cmd_arg(cmd, ZSTR_VAL(arg), ZSTR_LEN(arg));
}

void rc_cmd_arg_long(rc_cmd *cmd, zend_long arg)
{
	char buf[MAX_LENGTH_OF_LONG + 1];
	char *end = buf + sizeof(buf) - 1;
	char *p = zend_print_long_to_buf(end, arg);

	rc_cmd_arg(cmd, p, (size_t)(end - p));
}

void rc_cmd_arg_double(rc_cmd *cmd, double arg)
{
	smart_str text = {0};

	if (zend_isinf(arg)) {
		/* Redis reads "inf" and "-inf"; PHP would write "INF". */
		rc_cmd_arg(cmd, arg > 0 ? "inf" : "-inf", arg > 0 ? 3 : 4);
		return;
	}
	/* The shortest text that reads back as the same double, as var_export() writes it. */
	smart_str_append_double(&text, arg, (int)PG(serialize_precision), false);
	smart_str_0(&text);
	rc_cmd_arg(cmd, ZSTR_VAL(text.s), ZSTR_LEN(text.s));
	smart_str_free(&text);
}

void rc_cmd_finish(rc_cmd *cmd)
{
	char *args = ZSTR_VAL(cmd->buf.s) + RC_CMD_HEADROOM;
	char *p = digits_before(args - 2, (size_t)cmd->argc);

	/* "*<argc>\r\n" ends where the arguments start; argc is bounded by memory long
	 * before it needs more than RC_CMD_HEADROOM - 3 digits. */
	ZEND_ASSERT(p - 1 >= ZSTR_VAL(cmd->buf.s));
	args[-2] = '\r';
	args[-1] = '\n';
	*--p = '*';
	cmd->start = (size_t)(p - ZSTR_VAL(cmd->buf.s));
	smart_str_0(&cmd->buf);
	cmd->data = p;
	cmd->len = ZSTR_LEN(cmd->buf.s) - cmd->start;
}

void rc_cmd_free(rc_cmd *cmd)
{
	smart_str_free(&cmd->buf);
}

/* Decoding.
 *
 * hiredis calls these for every element, depth first, and keeps what each returns: the
 * root is the reader's own zval (rc_reader.root), any other element a slot appended to
 * its parent's packed array. Appending may grow that array and move its slots. That is safe because hiredis
 * appends only to the innermost open array: the zval of every open array is a slot of
 * its own parent, which receives nothing until that array is complete, so no pointer
 * hiredis holds (each open array's task obj, the root in r->reply) ever moves; the slots
 * that do move hold complete elements, which nothing points to. */

/* The shortest element on the wire ("+\r\n"): an array cannot have more of its
 * elements in hand than the unread bytes divided by this. */
#define RC_MIN_ELEMENT_BYTES 3

/* "-9223372036854775808\r\n": no valid length or integer line is longer. */
#define RC_MAX_NUMBER_LINE 22
/* The buffer a released reader keeps: what small replies grow it to. */
#define RC_READER_KEEP 512

/* Physical memory, or SIZE_MAX where the platform cannot tell. */
static size_t physical_memory(void)
{
	size_t total = SIZE_MAX;
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
	long pages = sysconf(_SC_PHYS_PAGES);
	long page_size = sysconf(_SC_PAGESIZE);

	if (pages > 0 && page_size > 0 && (size_t)pages <= SIZE_MAX / (size_t)page_size) {
		total = (size_t)pages * (size_t)page_size;
	}
#endif
	return total;
}

/* Why the reply being read was refused, until keep_refusal() puts it into the reader's
 * errstr (hiredis writes "Out of memory" there when a callback refuses). One reply is
 * refused at a time: the words go to their reader before any other read. */
ZEND_TLS char refusal[sizeof(((redisReader *)NULL)->errstr)];

static void keep_refusal(rc_reader *rd)
{
	if (rd->refused) {
		memcpy(rd->hr->errstr, refusal, sizeof(refusal));
		rd->refused = false;
	}
}

/* Whether a reply may take need more bytes; if not, says why (refusal). The figure
 * is what memory_limit leaves, measured against the heap's real size, as the limit is.
 * With memory_limit=-1 PHP may take any amount, so only what no process here could hold
 * is refused: more than the physical memory. That turns an announced terabyte into an
 * exception instead of an out-of-memory kill, and refuses nothing the machine could hold. */
ZEND_ATTRIBUTE_FORMAT(printf, 3, 4)
static bool reply_fits(rc_reader *rd, size_t need, const char *what_fmt, ...)
{
	zend_long limit = PG(memory_limit);
	size_t used = zend_memory_usage(true);
	size_t left = limit < 0 ? physical_memory() : (size_t)limit > used ? (size_t)limit - used : 0;
	char what[64];
	va_list ap;

	if (need <= left) {
		return true;
	}
	va_start(ap, what_fmt);
	vsnprintf(what, sizeof(what), what_fmt, ap);
	va_end(ap);
	snprintf(refusal, sizeof(refusal), "reply of %s exceeds %s (%zu bytes)", what,
		limit < 0 ? "the physical memory" : "the memory left by memory_limit", left);
	rd->refused = true;
	return false;
}

static zval *reply_slot(const redisReadTask *task)
{
	zval *slot;

	if (task->parent == NULL) {
		/* One reply at a time: rc_reader_next() hands the root over before the next. */
		return &((rc_reader *)task->privdata)->root;
	}
	slot = zend_hash_next_index_insert_new(Z_ARRVAL_P((zval *)task->parent->obj), &EG(uninitialized_zval));
	return slot;
}

static void *reply_string(const redisReadTask *task, char *str, size_t len)
{
	zval *zv = reply_slot(task);

	if (task->parent == NULL) {
		((rc_reader *)task->privdata)->root_type = task->type;
	} else if (task->type == REDIS_REPLY_ERROR) {
		ZVAL_FALSE(zv);
		return zv;
	}
	ZVAL_STRINGL_FAST(zv, str, len);
	return zv;
}

/* hiredis 0.14 hands over counts in 0..INT_MAX (it refuses the others) and has not read
 * any element yet: the array starts at the size of what can be in the buffer, which is
 * its final size when the reply came whole, and grows as elements arrive. */
static void *reply_array(const redisReadTask *task, int elements)
{
	rc_reader *rd = task->privdata;
	const redisReader *hr = rd->hr;
	size_t count = elements > 0 ? (size_t)elements : 0;
	/* The array will hold at least a zval an element (saturated for a 32-bit size_t). */
	size_t need = count > SIZE_MAX / sizeof(zval) ? SIZE_MAX : count * sizeof(zval);
	zval *zv;

	if (count > 0 && !reply_fits(rd, need, "%d elements", elements)) {
		/* hiredis stops with "Out of memory"; rc_reader_next() puts the refusal there. */
		return NULL;
	}
	zv = reply_slot(task);
	if (task->parent == NULL) {
		rd->root_type = REDIS_REPLY_ARRAY;
	}
	if (elements < 0) {
		ZVAL_NULL(zv);
	} else {
		size_t in_hand = (hr->len - hr->pos) / RC_MIN_ELEMENT_BYTES;

		array_init_size(zv, (uint32_t)MIN(count, in_hand));
		zend_hash_real_init_packed(Z_ARRVAL_P(zv));
	}
	return zv;
}

static void *reply_integer(const redisReadTask *task, long long value)
{
	zval *zv = reply_slot(task);

	if (task->parent == NULL) {
		((rc_reader *)task->privdata)->root_type = REDIS_REPLY_INTEGER;
	}
	ZVAL_LONG(zv, (zend_long)value);
	return zv;
}

static void *reply_nil(const redisReadTask *task)
{
	zval *zv = reply_slot(task);

	if (task->parent == NULL) {
		((rc_reader *)task->privdata)->root_type = REDIS_REPLY_NIL;
	}
	ZVAL_NULL(zv);
	return zv;
}

/* hiredis frees only roots (rc_reader.root): a reply it abandons (protocol error, reader
 * freed mid-reply). */
static void reply_free(void *obj)
{
	zval *zv = obj;

	zval_ptr_dtor(zv);
	ZVAL_UNDEF(zv);
}

static redisReplyObjectFunctions reply_functions = {
	reply_string, reply_array, reply_integer, reply_nil, reply_free,
};

int rc_reader_init(rc_reader *rd)
{
	rd->hr = NULL;
	rd->root_type = 0;
	ZVAL_UNDEF(&rd->root);
	rd->refused = false;
	rd->in_line = false;
	rd->line_clean = 0;
	return SUCCESS;
}

void rc_reader_destroy(rc_reader *rd)
{
	if (rd->hr) {
		redisReaderFree(rd->hr);
		rd->hr = NULL;
	}
}

void rc_reader_spare_free(void **spare)
{
	if (*spare) {
		redisReaderFree(*spare);
		*spare = NULL;
	}
}

/* A reader for a connection that has none: the spare, else a new one. */
static bool take_reader(rc_reader *rd)
{
	redisReader *hr = REDIS_G(spare_reader);

	if (hr) {
		REDIS_G(spare_reader) = NULL;
	} else if ((hr = redisReaderCreateWithFunctions(&reply_functions)) == NULL) {
		return false;
	}
	redisReaderSetPrivdata(hr, rd);
	rd->hr = hr;
	return true;
}

/* After a reply, with nothing pending: the reader goes back to the spare (its buffer
 * emptied, and given back when a large reply grew it), or is freed if there is one. */
static void release_reader(rc_reader *rd)
{
	redisReader *hr = rd->hr;
	sds empty;

	rd->hr = NULL;
	/* Never one in error: hiredis returns no reply once err is set. */
	if (REDIS_G(spare_reader) != NULL) {
		redisReaderFree(hr);
		return;
	}
	if (sdsalloc(hr->buf) > RC_READER_KEEP && (empty = sdsempty()) != NULL) {
		sdsfree(hr->buf);
		hr->buf = empty;
	} else {
		sdsclear(hr->buf);
	}
	hr->pos = 0;
	hr->len = 0;
	hr->privdata = NULL;
	REDIS_G(spare_reader) = hr;
}

int rc_reader_feed(rc_reader *rd, const char *buf, size_t len)
{
	if (rd->hr == NULL && !take_reader(rd)) {
		return FAILURE;
	}
	return redisReaderFeed(rd->hr, buf, len) == REDIS_OK ? SUCCESS : FAILURE;
}

/* The "\r\n" ending the line at p, looked for in its first n bytes; NULL if not there. */
static const char *find_eol(const char *p, size_t n)
{
	const char *cr;

	while (n >= 2 && (cr = memchr(p, '\r', n - 1)) != NULL) {
		if (cr[1] == '\n') {
			return cr;
		}
		n -= (size_t)(cr + 1 - p);
		p = cr + 1;
	}
	return NULL;
}

/* The decimal number in [p, end), which hiredis has validated; saturates instead of
 * wrapping all the same. */
static unsigned long long line_number(const char *p, const char *end)
{
	unsigned long long value = 0;

	for (; p < end && *p >= '0' && *p <= '9'; p++) {
		if (value > (ULLONG_MAX - 9) / 10) {
			return ULLONG_MAX;
		}
		value = value * 10 + (unsigned long long)(*p - '0');
	}
	return value;
}

/* Called when hiredis waits for more bytes: refuses the element it waits for once what
 * that element announces cannot fit, and the buffer once it outgrows what memory_limit
 * leaves. O(1): one look at at most RC_MAX_NUMBER_LINE bytes.
 *
 * hiredis 0.14 keeps the element it waits for in rstack[ridx], with its type byte
 * consumed. A bulk string's length line is at buf + pos, re-read at every call until the
 * whole string is buffered; hiredis validated it as soon as its CRLF arrived (or it would
 * be in error now). A length or integer line longer than RC_MAX_NUMBER_LINE is refused
 * now, as hiredis would refuse it once a CRLF came, instead of being buffered and
 * rescanned at every read. */
static bool pending_fits(rc_reader *rd)
{
	redisReader *hr = rd->hr;
	const char *line = hr->buf + hr->pos;
	size_t avail = hr->len - hr->pos;
	int type = hr->ridx >= 0 ? hr->rstack[hr->ridx].type : -1;
	const char *eol = NULL;
	unsigned long long declared;

	if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_ARRAY || type == REDIS_REPLY_INTEGER) {
		eol = find_eol(line, MIN(avail, RC_MAX_NUMBER_LINE));
		if (eol == NULL && avail >= RC_MAX_NUMBER_LINE) {
			snprintf(refusal, sizeof(refusal), "%s",
				type == REDIS_REPLY_STRING	? "Bad bulk string length"
				: type == REDIS_REPLY_ARRAY ? "Bad multi-bulk length"
											: "Bad integer value");
			rd->refused = true;
			goto refused;
		}
		if (eol != NULL && type == REDIS_REPLY_STRING) {
			declared = line_number(line, eol);
			if (!reply_fits(rd, declared > SIZE_MAX ? SIZE_MAX : (size_t)declared, "%llu bytes", declared)) {
				goto refused;
			}
		}
	}
	if (hr->len > 0 && !reply_fits(rd, hr->len, "over %zu bytes", hr->len)) {
		goto refused;
	}
	/* hiredis found no end of line in what it has: a CRLF can only start at the last
	 * byte or in bytes still to come. */
	rd->in_line = type == REDIS_REPLY_STATUS || type == REDIS_REPLY_ERROR || type == REDIS_REPLY_INTEGER
		|| type == REDIS_REPLY_ARRAY || (type == REDIS_REPLY_STRING && eol == NULL);
	rd->line_clean = avail > 0 ? avail - 1 : 0;
	return true;

refused:
	/* hiredis's own sticky error state: it refuses every later feed and read. */
	hr->err = REDIS_ERR_PROTOCOL;
	keep_refusal(rd);
	rd->in_line = false;
	return false;
}

/* Whether bytes fed since pending_fits() end the line hiredis waits for. hiredis rescans
 * an unfinished line from its start at every call, which costs the square of the line's
 * length over a stream of short reads; this looks at the new bytes only. Between the two
 * calls the buffer only grew at its end: pos moves only inside redisReaderGetReply(). */
static bool line_may_end(const rc_reader *rd)
{
	const redisReader *hr = rd->hr;
	size_t avail = hr->len - hr->pos;

	return avail < rd->line_clean || find_eol(hr->buf + hr->pos + rd->line_clean, avail - rd->line_clean) != NULL;
}

int rc_reader_next(rc_reader *rd, zval *reply, int *type)
{
	void *obj = NULL;

	if (rd->hr == NULL) {
		/* Nothing fed since the last reply. */
		return RC_READ_MORE;
	}
	if (rd->in_line) {
		if (!line_may_end(rd)) {
			/* hiredis would scan the whole line again and find no end. */
			return pending_fits(rd) ? RC_READ_MORE : RC_READ_ERROR;
		}
		rd->in_line = false;
	}
	if (redisReaderGetReply(rd->hr, &obj) != REDIS_OK) {
		keep_refusal(rd);
		return RC_READ_ERROR;
	}
	if (obj == NULL) {
		return pending_fits(rd) ? RC_READ_MORE : RC_READ_ERROR;
	}
	/* obj is rd->root: the reply is the caller's now. */
	ZVAL_COPY_VALUE(reply, (zval *)obj);
	ZVAL_UNDEF(&rd->root);
	*type = rd->root_type;
	if (!rc_reader_pending(rd)) {
		release_reader(rd);
	}
	return RC_READ_OK;
}

const char *rc_reader_error(const rc_reader *rd)
{
	return rd->hr ? rd->hr->errstr : "no reply being read";
}
