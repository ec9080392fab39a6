--TEST--
pipeline() and multi(): user code run by exec()'s unserializers, or by a queued command's serializer, may call the object (queue, exec, discard, start another batch); nothing it does touches the batch being read (run-tests -m: no read of freed memory)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
class Meddler
{
    public static $c;
    public static $what = '';

    public function __serialize(): array
    {
        self::meddle();
        return [];
    }

    public function __unserialize(array $data): void
    {
        self::meddle();
    }

    private static function meddle(): void
    {
        $c = self::$c;
        $what = self::$what;
        self::$what = '';   /* once per batch */
        switch ($what) {
            case 'queue':
                for ($i = 0; $i < 40; $i++) {
                    $r = $c->get('{t}plain');
                }
                echo "  inside: get() gave ", is_object($r) ? 'the object' : var_export($r, true), "\n";
                break;
            case 'exec':
                echo "  inside: exec() gave ", json_encode(@$c->exec()), "\n";
                break;
            case 'discard':
                echo "  inside: discard() gave ", json_encode(@$c->discard()), "\n";
                break;
            case 'pipeline':
                $c->pipeline();
                $c->get('{t}plain');
                break;
            case 'multi':
                $c->multi();
                $c->get('{t}plain');
                break;
        }
    }
}
fake_cluster(1, [0 => ['rules' => [['cmd' => 'HMGET', 'reply' => ['A', null]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
Meddler::$c = $c;
$c->set('{t}plain', 'p');
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
$c->set('{t}obj', new Meddler());
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_NONE);
$c->set('{t}plain', 'p');
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);

$modes = [RedisCluster::ATOMIC => 'atomic', RedisCluster::MULTI => 'multi', RedisCluster::PIPELINE => 'pipeline'];
foreach (['pipeline', 'multi'] as $batch) {
    foreach (['queue', 'exec', 'discard', 'pipeline', 'multi'] as $what) {
        echo "$batch, $what while the replies are shaped\n";
        $batch === 'pipeline' ? $c->pipeline() : $c->multi();
        for ($i = 0; $i < 20; $i++) {
            $c->get('{t}obj');
            /* hmget pairs its reply with the fields asked for (the fake node knows no
             * HMGET inside MULTI) */
            $batch === 'pipeline' ? $c->hmget('{t}h', ['a', 'b']) : $c->mget(['{t}plain']);
        }
        Meddler::$what = $what;
        $r = $c->exec();
        echo "  exec: ", count($r), " replies, ", count(array_filter($r, fn($v) => $v instanceof Meddler)),
            " objects, ", json_encode($r[1]), ", then ", $modes[$c->getMode()], "\n";
        if ($c->getMode() !== RedisCluster::ATOMIC) {
            echo "  the batch it started: ", json_encode(array_map(fn($v) => is_object($v) ? 'an object' : $v, $c->exec())), "\n";
        }
    }
}
foreach (['queue', 'exec', 'discard'] as $what) {
    echo "pipeline, $what while a queued value is serialized\n";
    $c->pipeline();
    $c->get('{t}obj');
    Meddler::$what = $what;
    $r = $c->set('{t}obj2', new Meddler());
    echo "  set() gave ", is_object($r) ? 'the object' : var_export($r, true), ", then ", $modes[$c->getMode()], "\n";
    if ($c->getMode() === RedisCluster::PIPELINE) {
        echo "  exec: ", json_encode(array_map(fn($v) => is_object($v) ? 'an object' : $v, $c->exec())), "\n";
    }
}
fake_stop();
?>
--EXPECT--
pipeline, queue while the replies are shaped
  inside: get() gave 'p'
  exec: 40 replies, 20 objects, {"a":"A","b":false}, then atomic
pipeline, exec while the replies are shaped
  inside: exec() gave false
  exec: 40 replies, 20 objects, {"a":"A","b":false}, then atomic
pipeline, discard while the replies are shaped
  inside: discard() gave false
  exec: 40 replies, 20 objects, {"a":"A","b":false}, then atomic
pipeline, pipeline while the replies are shaped
  exec: 40 replies, 20 objects, {"a":"A","b":false}, then pipeline
  the batch it started: ["p"]
pipeline, multi while the replies are shaped
  exec: 40 replies, 20 objects, {"a":"A","b":false}, then multi
  the batch it started: ["p"]
multi, queue while the replies are shaped
  inside: get() gave 'p'
  exec: 40 replies, 20 objects, ["p"], then atomic
multi, exec while the replies are shaped
  inside: exec() gave false
  exec: 40 replies, 20 objects, ["p"], then atomic
multi, discard while the replies are shaped
  inside: discard() gave false
  exec: 40 replies, 20 objects, ["p"], then atomic
multi, pipeline while the replies are shaped
  exec: 40 replies, 20 objects, ["p"], then pipeline
  the batch it started: ["p"]
multi, multi while the replies are shaped
  exec: 40 replies, 20 objects, ["p"], then multi
  the batch it started: ["p"]
pipeline, queue while a queued value is serialized
  inside: get() gave the object
  set() gave the object, then pipeline
  exec: ["an object","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p","p",true]
pipeline, exec while a queued value is serialized
  inside: exec() gave [{}]
  set() gave true, then atomic
pipeline, discard while a queued value is serialized
  inside: discard() gave true
  set() gave true, then atomic
