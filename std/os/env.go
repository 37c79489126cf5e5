package os

import (
	"errors"
	"syscall"
)

// env is the process environment as KEY=value strings, copied from the
// runtime's on first use so that Setenv and Unsetenv can change it.
var (
	env     []string
	envRead bool
)

func environ() []string {
	if !envRead {
		envRead = true
		e := runtime_environ()
		env = make([]string, len(e))
		copy(env, e)
	}
	return env
}

// Environ returns a copy of the environment as KEY=value strings.
func Environ() []string {
	e := environ()
	out := make([]string, len(e))
	copy(out, e)
	return out
}

// envIndex returns the index of key's entry in env, or -1.
func envIndex(e []string, key string) int {
	for i, kv := range e {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// LookupEnv returns the value of the environment variable key and
// whether it is set.
func LookupEnv(key string) (string, bool) {
	e := environ()
	if i := envIndex(e, key); i >= 0 {
		return e[i][len(key)+1:], true
	}
	return "", false
}

// Getenv returns the value of the environment variable key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	e := environ()
	kv := key + "=" + value
	if i := envIndex(e, key); i >= 0 {
		e[i] = kv
	} else {
		env = append(e, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	e := environ()
	out := e[:0]
	for _, kv := range e {
		if !(len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key) {
			out = append(out, kv)
		}
	}
	env = out
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	environ()
	env = env[:0]
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		if dir[0] != '/' {
			return "", errors.New("path in $XDG_CACHE_HOME is relative")
		}
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
	}
	return dir + "/.cache", nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		if dir[0] != '/' {
			return "", errors.New("path in $XDG_CONFIG_HOME is relative")
		}
		return dir, nil
	}
	dir := Getenv("HOME")
	if dir == "" {
		return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
	}
	return dir + "/.config", nil
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces $var and ${var} in s by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 2*len(s))
		}
		buf = append(buf, s[i:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// bad syntax: the characters are dropped
		case name == "":
			buf = append(buf, s[j]) // a lone "$" stays
		default:
			buf = append(buf, mapping(name)...)
		}
		j += w
		i = j + 1
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func isAlnumUnderscore(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (after a "$")
// and how many bytes it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no "}": drop "${"
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlnumUnderscore(s[i]) {
		i++
	}
	return s[:i], i
}
