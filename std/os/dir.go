package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
)

// dirInfo is the state of a directory being read.
type dirInfo struct {
	buf  []byte // getdents64 records
	bufp int    // next record
	nbuf int    // end of the records
}

// readdir modes: what readdir collects.
const (
	readdirName = iota
	readdirDirEntry
	readdirFileInfo
)

// readdir reads up to n entries (all if n <= 0) of the directory f.
func (f *File) readdir(n int, mode int) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.closed {
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	d := f.dirinfo
	if d == nil {
		d = &dirInfo{buf: make([]byte, 8192)}
		f.dirinfo = d
	}
	if n <= 0 {
		n = -1
	}
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e error
			for {
				d.nbuf, e = syscall.Getdents(f.fd, d.buf)
				if e != syscall.EINTR {
					break
				}
			}
			if e != nil {
				d.nbuf = 0
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if d.nbuf <= 0 {
				break
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		if len(rec) < 19 {
			d.bufp = d.nbuf
			continue
		}
		reclen := int(rec[16]) | int(rec[17])<<8
		if reclen < 19 || reclen > len(rec) {
			d.bufp = d.nbuf
			continue
		}
		d.bufp += reclen
		rec = rec[:reclen]
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		typ := rec[18]
		nb := rec[19:]
		for i, c := range nb {
			if c == 0 {
				nb = nb[:i]
				break
			}
		}
		name := string(nb)
		if name == "." || name == ".." {
			continue
		}
		switch mode {
		case readdirName:
			names = append(names, name)
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, name, dtToType(typ))
			if IsNotExist(err) {
				continue // removed meanwhile
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		case readdirFileInfo:
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
		n--
	}
	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// dtToType converts a getdents d_type to FileMode type bits
// (^FileMode(0): unknown).
func dtToType(typ byte) FileMode {
	switch typ {
	case syscall.DT_BLK:
		return ModeDevice
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice
	case syscall.DT_DIR:
		return ModeDir
	case syscall.DT_FIFO:
		return ModeNamedPipe
	case syscall.DT_LNK:
		return ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0)
}

// unixDirent is the DirEntry of File.ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}

// ReadDir reads up to n entries of the directory f (all if n <= 0) in
// directory order. With n > 0 it returns io.EOF at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// Readdir is ReadDir with FileInfo (Lstat) results.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames is ReadDir with just the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the directory name and returns its entries sorted by
// file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	dirs, err := f.ReadDir(-1)
	f.Close()
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}
