// run

// A tiny stack-based bytecode VM: opcodes as typed byte constants with a
// String method, an assembler using strings.Fields/strconv.Atoi with label
// resolution through maps, a fetch-decode-execute loop with a switch,
// call/return frames, and run-time errors (stack underflow via panic and
// recover into named results, bad jump, step limit) returned as values.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

// Implicit repetition of a two-name iota expression list.
const (
	PUSH, ADD Op = 2 * iota, 2*iota + 1
	SUB, MUL
	DUP, SWAP
	JZ, JMP
	CALL, RET
	PRINT, HALT
	OVER, DROP
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JZ", "JMP", "CALL", "RET", "PRINT", "HALT", "OVER", "DROP"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

func assemble(src string) ([]Instr, error) {
	lookup := map[string]Op{}
	for i, n := range opNames {
		lookup[n] = Op(i)
	}
	labels := map[string]int{}
	var prog []Instr
	fix := map[int]string{} // instruction index -> label to resolve
	for lineNo, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(prog)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		op, ok := lookup[strings.ToUpper(f[0])]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", lineNo+1, f[0])
		}
		in := Instr{Op: op}
		if op == PUSH || op == JZ || op == JMP || op == CALL {
			if len(f) < 2 {
				return nil, fmt.Errorf("line %d: %v needs an argument", lineNo+1, op)
			}
			if n, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = n
			} else {
				fix[len(prog)] = f[1]
			}
		}
		prog = append(prog, in)
	}
	for at, label := range fix {
		addr, ok := labels[label]
		if !ok {
			return nil, fmt.Errorf("undefined label %q", label)
		}
		prog[at].Arg = addr
	}
	return prog, nil
}

var ErrUnderflow = errors.New("stack underflow")

func run(prog []Instr, limit int) (out []int, steps int, err error) {
	var stack, frames []int
	pop := func() int {
		if len(stack) == 0 {
			panic(ErrUnderflow)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pc=%d: %v", pc, r)
		}
	}()
	for ; steps < limit; steps++ {
		if pc < 0 || pc >= len(prog) {
			return out, steps, fmt.Errorf("bad pc %d", pc)
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case PUSH:
			stack = append(stack, in.Arg)
		case ADD, SUB, MUL:
			b, a := pop(), pop()
			stack = append(stack, map[Op]func(int, int) int{
				ADD: func(x, y int) int { return x + y },
				SUB: func(x, y int) int { return x - y },
				MUL: func(x, y int) int { return x * y },
			}[in.Op](a, b))
		case DUP:
			v := pop()
			stack = append(stack, v, v)
		case OVER:
			b, a := pop(), pop()
			stack = append(stack, a, b, a)
		case SWAP:
			b, a := pop(), pop()
			stack = append(stack, b, a)
		case DROP:
			pop()
		case JZ:
			if pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case CALL:
			frames = append(frames, pc)
			pc = in.Arg
		case RET:
			pc = frames[len(frames)-1]
			frames = frames[:len(frames)-1]
		case PRINT:
			out = append(out, pop())
		case HALT:
			return out, steps + 1, nil
		default:
			return out, steps, fmt.Errorf("illegal %v", in.Op)
		}
	}
	return out, steps, fmt.Errorf("step limit %d reached", limit)
}

const factorial = `push 1 ; acc
	push 6 ; n
loop: dup
	jz done
	call mulacc
	push 1
	sub
	jmp loop
done:
	drop
	print
	halt
mulacc: swap ; acc n -> n acc -> n acc n -> n acc*n -> acc*n n
	over
	mul
	swap
	ret`

func main() {
	prog, err := assemble(factorial)
	fmt.Println(len(prog), err)
	fmt.Printf("%v\n%+v\n", prog[:6], prog[len(prog)-5:])
	out, steps, err := run(prog, 1000)
	fmt.Println(out, steps, err)
	for _, src := range []string{"push 2\npush 3\nadd\nprint\nhalt", "add", "push 1\njmp 99", "l: jmp l", "bogus 1", "push", "jz nowhere", "push 5\nprint\nprint"} {
		p, err := assemble(src)
		if err != nil {
			fmt.Println("asm error:", err)
			continue
		}
		out, steps, err := run(p, 50)
		fmt.Printf("%v steps=%d err=%v underflow=%t\n", out, steps, err, errors.Is(err, ErrUnderflow))
	}
	fmt.Println(Op(3), Op(42), []Op{PUSH, HALT}, fmt.Sprintf("%d %x", MUL, DROP))
	_, _, err = run([]Instr{{Op(99), 0}}, 5)
	fmt.Println(err)
	_, _, err = run([]Instr{{RET, 0}}, 5)
	fmt.Println(err)
}
