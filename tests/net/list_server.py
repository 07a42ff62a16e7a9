#!/usr/bin/env python3
"""A small HTTP(S) server on 127.0.0.1 for the `db update` / `db check` tests.

It serves the files under --root with an ETag (from the content) and a
Last-Modified, answers conditional requests with 304, and misbehaves on
demand. Behaviour is read from the --control file on every request, so a
test changes it between two commands by rewriting that file. Control lines
(GLOB is an fnmatch pattern on the request path):

  status GLOB CODE            answer CODE with a short text body
  fail GLOB N CODE            answer CODE to the first N matching requests
  html GLOB                   answer 200 with an HTML error page
  cut GLOB                    announce the full length, send half, close
  stall GLOB                  accept the request and never answer
  redirect GLOB URL           answer 301 to URL (the path is appended)
  lastmod GLOB HTTP-DATE      send this Last-Modified (default: none)
  ignore-conditional GLOB     never answer 304
  require-agent TEXT          403 unless the User-Agent contains TEXT

Every request is logged to --log as one line: method, path, User-Agent,
If-None-Match, If-Modified-Since. The chosen port is written to --port-file.

As an HTTP proxy it serves absolute-URI requests from --root too, and
tunnels CONNECT requests, but only to 127.0.0.1 (anything else: 403). It
only ever binds 127.0.0.1 and connects nowhere else.
"""
import argparse
import fnmatch
import hashlib
import http.server
import os
import select
import socket
import ssl
import threading
import time
import urllib.parse

ARGS = None
FAILS = {}
LOCK = threading.Lock()


def rules():
    try:
        with open(ARGS.control, encoding="utf-8") as f:
            return [line.split() for line in f if line.strip() and not line.startswith("#")]
    except FileNotFoundError:
        return []


def rule(kind, path, rs):
    for r in rs:
        if r[0] == kind and (kind == "require-agent" or fnmatch.fnmatch(path, r[1])):
            return r
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def log_request_line(self, path):
        h = self.headers
        with LOCK, open(ARGS.log, "a", encoding="utf-8") as f:
            f.write(f"{self.command} {self.path} ua={h.get('User-Agent', '')!r} "
                    f"inm={h.get('If-None-Match', '')!r} ims={h.get('If-Modified-Since', '')!r}\n")

    def send_text(self, code, body, ctype="text/plain", extra=None):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_CONNECT(self):
        self.log_request_line(self.path)
        host, _, port = self.path.rpartition(":")
        if host != "127.0.0.1" or not port.isdigit():
            self.send_text(403, "this test proxy only tunnels to 127.0.0.1\n")
            return
        upstream = socket.create_connection((host, int(port)))
        self.send_response(200, "Connection established")
        self.end_headers()
        conns = [self.connection, upstream]
        while True:
            readable, _, _ = select.select(conns, [], [], 30)
            if not readable:
                break
            for c in readable:
                data = c.recv(65536)
                if not data:
                    upstream.close()
                    self.close_connection = True
                    return
                (upstream if c is self.connection else self.connection).sendall(data)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path
        if path.startswith("http://") or path.startswith("https://"):  # asked as a proxy
            path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
        path = urllib.parse.unquote(path.split("?", 1)[0])
        self.log_request_line(path)
        rs = rules()
        if self.misbehave(path, rs):
            return
        file = os.path.normpath(os.path.join(ARGS.root, path.lstrip("/")))
        if not file.startswith(os.path.abspath(ARGS.root)) or not os.path.isfile(file):
            self.send_text(404, "not found\n")
            return
        with open(file, "rb") as f:
            data = f.read()
        self.serve(path, data, rs)

    def misbehave(self, path, rs):
        agent = rule("require-agent", path, rs)
        if agent and agent[1] not in self.headers.get("User-Agent", ""):
            self.send_text(403, "<html><body>Request blocked</body></html>", "text/html")
            return True
        r = rule("fail", path, rs)
        if r:
            with LOCK:
                key = " ".join(r)
                FAILS[key] = FAILS.get(key, 0) + 1
                failing = FAILS[key] <= int(r[2])
            if failing:
                self.send_text(int(r[3]), "try later\n")
                return True
        r = rule("status", path, rs)
        if r:
            self.send_text(int(r[2]), f"status {r[2]}\n")
            return True
        if rule("html", path, rs):
            self.send_text(200, "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title>"
                                "</head><body>Please try again later.</body></html>\n",
                           "text/html; charset=utf-8")
            return True
        r = rule("redirect", path, rs)
        if r:
            self.send_text(301, "moved\n", extra={"Location": r[2] + path})
            return True
        if rule("stall", path, rs):
            time.sleep(3600)
            return True
        return False

    def serve(self, path, data, rs):
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        lastmod = rule("lastmod", path, rs)
        headers = {"ETag": etag}
        if lastmod:
            headers["Last-Modified"] = " ".join(lastmod[2:])
        if not rule("ignore-conditional", path, rs):
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if (inm and inm == etag) or (not inm and lastmod and ims == headers["Last-Modified"]):
                self.send_response(304)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command == "HEAD":
            return
        if rule("cut", path, rs):
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(data)


def main():
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--port-file", required=True)
    p.add_argument("--control", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    ARGS = p.parse_args()
    ARGS.root = os.path.abspath(ARGS.root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if ARGS.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(ARGS.tls[0], ARGS.tls[1])
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    tmp = ARGS.port_file + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(str(server.server_address[1]))
    os.replace(tmp, ARGS.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
