/* The command table: one row per command, naming the Redis command, its arguments (a
 * format, or a builder where they are special), whether it only reads, and the shape of
 * its reply. The rows, their enum and the methods that send them are made from one list,
 * command_list.h. Nothing here touches the network: requests go to the engine. */
#ifndef RC_COMMANDS_H
#define RC_COMMANDS_H

#include "php.h"
#include "cluster_library.h"
#include "codec.h"
#include "reply.h"

#define RC_CMD_READONLY 1
#define RC_CMD_ROUTED 2

/* What a builder works on: it adds a method's arguments to req (after the command name)
 * and may change the reply shape. On bad arguments it raises the PHP error and returns
 * false. */
typedef struct rc_build {
	rc_cluster *c;
	const rc_codec *codec;
	rc_req *req;
	rc_reply_kind *reply;
	/* PHP arguments before args[0] (RedisCluster's $key_or_address of a routed command):
	 * argument numbers and counts in errors add it. */
	uint32_t base;
} rc_build;

typedef bool (*rc_builder)(rc_build *b, zval *args, uint32_t argc);

typedef struct rc_command {
	const char *name;    /* the command, and its subcommand after a space */
	uint8_t name_len;
	/* Argument format: k key, v value (serialized), s string, S nullable string (left out
	 * when null), l integer, d float, b bool (1/0);
	 * '|' starts the optional ones, a trailing '*' repeats the last letter zero or more
	 * times, '+' one or more. */
	const char *format;
	rc_builder builder;
	uint8_t flags;
	rc_reply_kind reply;
} rc_command;

#define RC_CMD(id, method, name, format, builder, flags, reply) RC_##id,
#define RC_CMD_OWN RC_CMD
typedef enum {
#include "command_list.h"
	RC_COMMAND_COUNT
} rc_command_id;
#undef RC_CMD
#undef RC_CMD_OWN

extern const rc_command rc_commands[RC_COMMAND_COUNT];

/* Creates req with the command's name (in `spare`'s buffer when not NULL, see
 * rc_req_init_in()): "SENTINEL MASTERS" is a command and its subcommand, two arguments. */
void rc_command_req_init(const rc_command *cmd, rc_req *req, smart_str *spare);
/* Fills req (created by rc_command_req_init()) from the PHP arguments. False when the
 * arguments are refused: with an exception thrown, or (as phpredis does for some) with a
 * warning, the method then returning false. */
bool rc_command_build(const rc_command *cmd, rc_cluster *c, const rc_codec *codec, rc_req *req, zval *args,
	uint32_t argc, rc_reply_kind *reply);

#endif
