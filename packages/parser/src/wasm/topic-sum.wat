;; The topic vectors' sum (topic-vectors.ts, addTopicVector) four dimensions to an instruction.
;;
;; Source of truth for topic-sum-binary.ts: `npm run wasm -w @newsdesk/parser` compiles this
;; file with wabt and writes the bytes there; a test fails while the two differ.
;;
;; Why the numbers equal the JavaScript sum's: every table entry and every running sum is a
;; 32-bit float, and f32x4.add rounds each lane's sum to 32 bits (round to nearest even,
;; subnormals kept), which is what Math.fround of the two floats' double sum gives. The rows
;; are added in the order listed, for every dimension, as the JavaScript form adds them.
;;
;; No layout is baked in: the memory is JavaScript's (imported, sized there for the table it
;; holds) and every address is a parameter, so one binary serves any table and batch size.

(module
  ;; At least one page; JavaScript makes it as large as the rows' table and a batch need.
  (import "env" "memory" (memory 1))

  ;; sum(table, out, at, count): adds to the 32 float32s at `out` (128 bytes, 16-aligned) the
  ;; rows whose byte offsets from `table` stand at `at`, `count` of them as 32-bit integers;
  ;; each row is 32 float32s. The sums stay in eight v128 locals across the rows, so memory is
  ;; read once per row and written once per call.
  (func (export "sum")
    (param $table i32) (param $out i32) (param $at i32) (param $count i32)
    (local $end i32) (local $row i32)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128)

    ;; One past the last row offset: 4 bytes each.
    (local.set $end (i32.add (local.get $at) (i32.shl (local.get $count) (i32.const 2))))

    ;; The sums so far (the caller writes zeros there for a fresh vector).
    (local.set $s0 (v128.load offset=0 (local.get $out)))
    (local.set $s1 (v128.load offset=16 (local.get $out)))
    (local.set $s2 (v128.load offset=32 (local.get $out)))
    (local.set $s3 (v128.load offset=48 (local.get $out)))
    (local.set $s4 (v128.load offset=64 (local.get $out)))
    (local.set $s5 (v128.load offset=80 (local.get $out)))
    (local.set $s6 (v128.load offset=96 (local.get $out)))
    (local.set $s7 (v128.load offset=112 (local.get $out)))

    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $row (i32.add (local.get $table) (i32.load (local.get $at))))
        ;; Each sum rounded after every add, as Math.fround rounds it in JavaScript.
        (local.set $s0 (f32x4.add (local.get $s0) (v128.load offset=0 (local.get $row))))
        (local.set $s1 (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $row))))
        (local.set $s2 (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $row))))
        (local.set $s3 (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $row))))
        (local.set $s4 (f32x4.add (local.get $s4) (v128.load offset=64 (local.get $row))))
        (local.set $s5 (f32x4.add (local.get $s5) (v128.load offset=80 (local.get $row))))
        (local.set $s6 (f32x4.add (local.get $s6) (v128.load offset=96 (local.get $row))))
        (local.set $s7 (f32x4.add (local.get $s7) (v128.load offset=112 (local.get $row))))
        (local.set $at (i32.add (local.get $at) (i32.const 4)))
        (br $next)))

    (v128.store offset=0 (local.get $out) (local.get $s0))
    (v128.store offset=16 (local.get $out) (local.get $s1))
    (v128.store offset=32 (local.get $out) (local.get $s2))
    (v128.store offset=48 (local.get $out) (local.get $s3))
    (v128.store offset=64 (local.get $out) (local.get $s4))
    (v128.store offset=80 (local.get $out) (local.get $s5))
    (v128.store offset=96 (local.get $out) (local.get $s6))
    (v128.store offset=112 (local.get $out) (local.get $s7))))
