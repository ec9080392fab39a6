#include "resp.h"

#include "ext/standard/php_smart_string.h"
#include "zend_strtod.h"

/* Encoding */

void rc_cmd_init(rc_cmd *cmd, const char *name, size_t len)
{
	memset(cmd, 0, sizeof(*cmd));
	smart_str_alloc(&cmd->buf, 256, 0);
	memset(ZSTR_VAL(cmd->buf.s), ' ', RC_CMD_HEADROOM);
	ZSTR_LEN(cmd->buf.s) = RC_CMD_HEADROOM;
	rc_cmd_arg(cmd, name, len);
}

void rc_cmd_arg(rc_cmd *cmd, const char *arg, size_t len)
{
	smart_str_appendc(&cmd->buf, '$');
	smart_str_append_unsigned(&cmd->buf, len);
	smart_str_appendl(&cmd->buf, "\r\n", 2);
	smart_str_appendl(&cmd->buf, arg, len);
	smart_str_appendl(&cmd->buf, "\r\n", 2);
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
	char head[RC_CMD_HEADROOM];
	int len = snprintf(head, sizeof(head), "*%d\r\n", cmd->argc);

	/* argc is bounded by memory long before it needs more than 13 digits. */
	ZEND_ASSERT(len > 0 && len <= RC_CMD_HEADROOM);
	cmd->start = RC_CMD_HEADROOM - (size_t)len;
	memcpy(ZSTR_VAL(cmd->buf.s) + cmd->start, head, (size_t)len);
	smart_str_0(&cmd->buf);
}

void rc_cmd_free(rc_cmd *cmd)
{
	smart_str_free(&cmd->buf);
}

/* Decoding.
 *
 * hiredis calls these for every element, depth first, and keeps what each returns: the
 * root is an emalloc'd zval, any other element a slot appended to its parent's packed
 * array. Appending may grow that array and move its slots. That is safe because hiredis
 * appends only to the innermost open array: the zval of every open array is a slot of
 * its own parent, which receives nothing until that array is complete, so no pointer
 * hiredis holds (each open array's task obj, the root in r->reply) ever moves; the slots
 * that do move hold complete elements, which nothing points to. */

/* The shortest element on the wire ("+\r\n"): an array cannot have more of its
 * elements in hand than the unread bytes divided by this. */
#define RC_MIN_ELEMENT_BYTES 3

static zval *reply_slot(const redisReadTask *task)
{
	zval *slot;

	if (task->parent == NULL) {
		return emalloc(sizeof(zval));
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
	zval *zv = reply_slot(task);

	if (task->parent == NULL) {
		rd->root_type = REDIS_REPLY_ARRAY;
	}
	if (elements < 0) {
		ZVAL_NULL(zv);
	} else {
		size_t in_hand = (hr->len - hr->pos) / RC_MIN_ELEMENT_BYTES;

		array_init_size(zv, (uint32_t)MIN((size_t)elements, in_hand));
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

/* hiredis frees only roots: a reply it abandons (protocol error, reader freed mid-reply). */
static void reply_free(void *obj)
{
	zval *zv = obj;

	zval_ptr_dtor(zv);
	efree(zv);
}

static redisReplyObjectFunctions reply_functions = {
	reply_string, reply_array, reply_integer, reply_nil, reply_free,
};

int rc_reader_init(rc_reader *rd)
{
	rd->root_type = 0;
	rd->hr = redisReaderCreateWithFunctions(&reply_functions);
	if (rd->hr == NULL) {
		return FAILURE;
	}
	redisReaderSetPrivdata(rd->hr, rd);
	return SUCCESS;
}

void rc_reader_destroy(rc_reader *rd)
{
	if (rd->hr) {
		redisReaderFree(rd->hr);
		rd->hr = NULL;
	}
}

int rc_reader_feed(rc_reader *rd, const char *buf, size_t len)
{
	return redisReaderFeed(rd->hr, buf, len) == REDIS_OK ? SUCCESS : FAILURE;
}

int rc_reader_next(rc_reader *rd, zval *reply, int *type)
{
	void *obj = NULL;

	if (redisReaderGetReply(rd->hr, &obj) != REDIS_OK) {
		return RC_READ_ERROR;
	}
	if (obj == NULL) {
		return RC_READ_MORE;
	}
	ZVAL_COPY_VALUE(reply, (zval *)obj);
	efree(obj);
	*type = rd->root_type;
	return RC_READ_OK;
}

const char *rc_reader_error(const rc_reader *rd)
{
	return rd->hr->errstr;
}
