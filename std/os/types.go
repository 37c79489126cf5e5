package os

import (
	"io/fs"
	"syscall"
	"time"
)

// File types and modes, the same as io/fs's.
type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (s *fileStat) Name() string       { return s.name }
func (s *fileStat) Size() int64        { return s.size }
func (s *fileStat) Mode() FileMode     { return s.mode }
func (s *fileStat) ModTime() time.Time { return s.modTime }
func (s *fileStat) IsDir() bool        { return s.mode.IsDir() }
func (s *fileStat) Sys() any           { return &s.sys }

// fill derives the FileInfo fields from fs.sys.
func (s *fileStat) fill(name string) {
	s.name = name
	s.size = s.sys.Size
	s.modTime = time.Unix(s.sys.Mtim.Sec, s.sys.Mtim.Nsec)
	m := uint32(s.sys.Mode)
	s.mode = FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		s.mode |= ModeDevice
	case syscall.S_IFCHR:
		s.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		s.mode |= ModeDir
	case syscall.S_IFIFO:
		s.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		s.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		s.mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		s.mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		s.mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		s.mode |= ModeSticky
	}
}

// SameFile reports whether fi1 and fi2 describe the same file (both must
// come from this package's Stat functions).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.sys.Dev == b.sys.Dev && a.sys.Ino == b.sys.Ino
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var st fileStat
	err := ignoringEINTR(func() error { return syscall.Stat(name, &st.sys) })
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	st.fill(basename(name))
	return &st, nil
}

// Lstat describes the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	var st fileStat
	err := ignoringEINTR(func() error { return syscall.Lstat(name, &st.sys) })
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	st.fill(basename(name))
	return &st, nil
}
