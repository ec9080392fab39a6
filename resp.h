/* RESP: command encoding into one buffer, and a hiredis reader that builds zvals. */
#ifndef RC_RESP_H
#define RC_RESP_H

#include "php.h"
#include "zend_smart_str.h"
#include <hiredis/read.h>

/* Reply types are hiredis's: REDIS_REPLY_STRING, _ARRAY, _INTEGER, _NIL, _STATUS, _ERROR. */

/* Room kept in front of the arguments for "*<argc>\r\n", written when the command is
 * finished so that the whole command is one contiguous buffer, built without a copy. */
#define RC_CMD_HEADROOM 16

typedef struct rc_cmd {
	smart_str buf;
	size_t start; /* offset of the encoded command in the buffer that holds it */
	int argc;
	/* The encoded command, set by rc_cmd_finish(). It is in buf, unless its owner moved
	 * the bytes (a pipeline keeps every command's bytes in one buffer of its own, and
	 * points data there when it runs). */
	const char *data;
	size_t len;
} rc_cmd;

void rc_cmd_init(rc_cmd *cmd, const char *name, size_t len);
/* The same, building in `storage` when it holds a buffer (taken: storage is left empty),
 * so that a caller encoding many commands one after the other allocates once. */
void rc_cmd_init_in(rc_cmd *cmd, smart_str *storage, const char *name, size_t len);
/* Starts the command again under another name, in the same buffer. */
void rc_cmd_restart(rc_cmd *cmd, const char *name, size_t len);
void rc_cmd_arg(rc_cmd *cmd, const char *arg, size_t len);
void rc_cmd_arg_str(rc_cmd *cmd, const zend_string *arg);
void rc_cmd_arg_long(rc_cmd *cmd, zend_long arg);
void rc_cmd_arg_double(rc_cmd *cmd, double arg);
/* Finishes the command: afterwards rc_cmd_data()/rc_cmd_len() give the bytes to write. */
void rc_cmd_finish(rc_cmd *cmd);
void rc_cmd_free(rc_cmd *cmd);

static inline const char *rc_cmd_data(const rc_cmd *cmd)
{
	return cmd->data;
}

static inline size_t rc_cmd_len(const rc_cmd *cmd)
{
	return cmd->len;
}

/* A reader turns bytes into zvals: bulk and status strings become strings, integers
 * longs, nil NULL, arrays packed arrays. An error nested in an array becomes false (as
 * phpredis shows it inside EXEC replies); a top-level error is a string whose type is
 * reported as REDIS_REPLY_ERROR.
 *
 * Sizes a server announces are not trusted: an array is allocated for the elements that
 * have arrived, not for its count, and a reply whose announced size (a bulk length, an
 * array count) cannot fit in what memory_limit leaves is refused as soon as its header
 * is read; hiredis's buffer, which is malloc'd outside memory_limit, is held to the same
 * figure. A refused reply is a protocol error: the connection cannot be used any more.
 *
 * The hiredis reader (about 700 bytes of malloc) is held only while a reply is being read
 * or fed bytes wait in it: a reader left with nothing pending goes back to the process's
 * spare (REDIS_G(spare_reader)), which the next read anywhere takes, so a batch over many
 * connections and a loop of commands allocate none, and an idle connection holds none.
 *
 * Relies on hiredis 0.14's redisReader layout (rstack, ridx, buf, pos, len). */
typedef struct rc_reader {
	redisReader *hr; /* NULL while nothing is pending */
	zval root;    /* the reply being read, until rc_reader_next() hands it over */
	int root_type;
	bool refused; /* the reply being read was refused (the words: rc_reader_error()) */
	/* hiredis waits for the end of a line (status, error, integer, length) and the first
	 * line_clean bytes at buf + pos hold none: see rc_reader_next(). */
	bool in_line;
	size_t line_clean;
} rc_reader;

/* Returned by rc_reader_next(). */
#define RC_READ_OK 0     /* a whole reply was produced */
#define RC_READ_MORE 1   /* more bytes are needed */
#define RC_READ_ERROR -1 /* protocol error: the connection cannot be used any more */

int rc_reader_init(rc_reader *rd);
void rc_reader_destroy(rc_reader *rd);
int rc_reader_feed(rc_reader *rd, const char *buf, size_t len);
/* RC_READ_OK with the reply in *reply, RC_READ_MORE, or RC_READ_ERROR (then and for
 * ever after: the reader is done). Call it after every rc_reader_feed(): the checks of
 * announced sizes and of the buffer run here, O(1) on top of hiredis's own work. */
int rc_reader_next(rc_reader *rd, zval *reply, int *type);
const char *rc_reader_error(const rc_reader *rd);
/* Bytes fed but not yet consumed by a finished reply. */
static inline bool rc_reader_pending(const rc_reader *rd)
{
	return rd->hr != NULL && (rd->hr->pos < rd->hr->len || rd->hr->ridx >= 0);
}
/* Frees the process's spare reader (GSHUTDOWN). */
void rc_reader_spare_free(void **spare);

#endif
