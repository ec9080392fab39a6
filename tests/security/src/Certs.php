<?php

declare(strict_types=1);

namespace SecurityTests;

/**
 * A throw-away PKI made with the openssl CLI at test time: a CA and a server certificate
 * for CN 127.0.0.1 with SANs IP:127.0.0.1 and DNS:localhost, valid one day, plus a second,
 * unrelated CA that trusts nothing of ours. The server certificate is also a client one:
 * redis-server presents it on the cluster bus, which always checks client certificates.
 */
final class Certs
{
    public readonly string $ca;
    public readonly string $caKey;
    public readonly string $cert;
    public readonly string $key;
    /** A CA that did not sign the server's certificate. */
    public readonly string $otherCa;

    public function __construct(public readonly string $dir)
    {
        @mkdir($dir, 0700, true);
        $this->ca = "$dir/ca.crt";
        $this->caKey = "$dir/ca.key";
        $this->cert = "$dir/server.crt";
        $this->key = "$dir/server.key";
        $this->otherCa = "$dir/other-ca.crt";
        $ext = "$dir/san.ext";
        file_put_contents($ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
            . "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n");
        $ec = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes';
        self::run("openssl req -x509 $ec -days 1 -subj '/CN=RedisCluster security test CA'"
            . ' -keyout ' . escapeshellarg($this->caKey) . ' -out ' . escapeshellarg($this->ca));
        self::run("openssl req -x509 $ec -days 1 -subj '/CN=Unrelated CA'"
            . ' -keyout ' . escapeshellarg("$dir/other-ca.key") . ' -out ' . escapeshellarg($this->otherCa));
        self::run("openssl req $ec -subj '/CN=127.0.0.1' -keyout " . escapeshellarg($this->key)
            . ' -out ' . escapeshellarg("$dir/server.csr"));
        self::run('openssl x509 -req -days 1 -in ' . escapeshellarg("$dir/server.csr")
            . ' -CA ' . escapeshellarg($this->ca) . ' -CAkey ' . escapeshellarg($this->caKey) . ' -CAcreateserial'
            . ' -extfile ' . escapeshellarg($ext) . ' -out ' . escapeshellarg($this->cert));
        chmod($this->key, 0644); // redis-server runs as us, but keep it readable whatever the umask
    }

    /**
     * A PKI in a directory of its own under ${TMPDIR:-/tmp} ($name and the pid), removed by
     * remove() or, failing that, at shutdown.
     */
    public static function temporary(string $name): self
    {
        $dir = rtrim(getenv('TMPDIR') ?: sys_get_temp_dir(), '/') . "/$name-" . getmypid();
        register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));
        return new self($dir);
    }

    public function remove(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    private static function run(string $cmd): void
    {
        exec("$cmd 2>&1", $out, $rc);
        if ($rc !== 0) {
            throw new \RuntimeException("$cmd failed ($rc): " . implode("\n", $out));
        }
    }
}
