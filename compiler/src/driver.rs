//! The compilation pipeline behind `gocl build` and `gocl run`: find the
//! files, parse, check, lower, generate code, link.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::syntax::source::SourceFile;
use crate::{codegen, link, ssa, syntax, types, Arch};

/// What `build` and `run` were asked to print besides the executable.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    /// `-S`: the assembly of each function.
    pub asm: bool,
    /// `-m`: escape-analysis and inlining decisions.
    pub decisions: bool,
    /// `-d NAME` dumps (`ssa`).
    pub debug: Vec<String>,
}

/// Why a build failed.
pub enum Error {
    /// Diagnostics were printed already (exit status 1).
    Compile,
    /// Anything else: a message to print.
    Other(String),
}

impl From<String> for Error {
    fn from(s: String) -> Self {
        Error::Other(s)
    }
}

/// The name gc uses for a file in messages: relative paths get `./`.
fn display_name(p: &Path) -> String {
    let s = p.to_string_lossy().to_string();
    if p.is_absolute() || s.starts_with("./") || s.starts_with("../") {
        s
    } else {
        format!("./{}", s)
    }
}

/// The Go files to compile: the listed files, or the `.go` files (not
/// `_test.go`) of one directory.
fn collect_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let inputs: Vec<PathBuf> = if inputs.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        inputs.to_vec()
    };
    if inputs.len() == 1 && inputs[0].is_dir() {
        let dir = &inputs[0];
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {}", dir.display(), e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                n.ends_with(".go")
                    && !n.ends_with("_test.go")
                    && !n.starts_with('.')
                    && !n.starts_with('_')
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(format!("no Go files in {}", dir.display()));
        }
        return Ok(files);
    }
    for p in &inputs {
        if p.extension().and_then(|e| e.to_str()) != Some("go") {
            return Err(format!(
                "{}: not a .go file (give Go files or one directory)",
                p.display()
            ));
        }
    }
    Ok(inputs)
}

/// Default output name: the directory's name, or the first file's stem.
fn default_output(inputs: &[PathBuf], files: &[PathBuf]) -> PathBuf {
    let dir = if inputs.is_empty() {
        Some(PathBuf::from("."))
    } else if inputs.len() == 1 && inputs[0].is_dir() {
        Some(inputs[0].clone())
    } else {
        None
    };
    // A module's root package is named after the module path, as go does.
    if let Some(d) = &dir {
        if let (Some(m), Ok(abs)) = (find_module(d), std::fs::canonicalize(d)) {
            if m.root == abs {
                if let Some(last) = m.path.rsplit('/').next() {
                    return PathBuf::from(last);
                }
            }
        }
    }
    if inputs.len() == 1 && inputs[0].is_dir() {
        if let Ok(abs) = std::fs::canonicalize(&inputs[0]) {
            if let Some(n) = abs.file_name() {
                return PathBuf::from(n);
            }
        }
    }
    if inputs.is_empty() {
        if let Ok(cwd) = std::env::current_dir() {
            if let Some(n) = cwd.file_name() {
                return PathBuf::from(n);
            }
        }
    }
    PathBuf::from(files[0].file_stem().unwrap_or_default())
}

/// Compiles the files to an object file; prints diagnostics on failure.
fn compile(files: &[PathBuf], arch: Arch, flags: &Flags) -> Result<Vec<u8>, Error> {
    let module = files.first().and_then(|f| f.parent()).and_then(find_module);
    let mut sources = Vec::new();
    for p in files {
        let bytes = std::fs::read(p).map_err(|e| format!("open {}: {}", p.display(), e))?;
        sources.push(SourceFile::from_bytes(display_name(p), bytes));
    }
    let mut next_id = 0u32;
    let mut asts = Vec::new();
    let mut soft = Vec::new();
    let mut failed = false;
    for (i, sf) in sources.iter().enumerate() {
        match syntax::parser::parse_file_soft(sf, &mut next_id) {
            Ok((f, errs)) => {
                asts.push(f);
                soft.extend(errs.into_iter().map(|d| (i as u32, d)));
            }
            Err(diags) => {
                for d in diags.iter().take(10) {
                    eprintln!("{}", sf.render(d));
                }
                failed = true;
            }
        }
    }
    if failed {
        return Err(Error::Compile);
    }
    let main_files = 0..sources.len();
    let pkgs = load_std_imports(
        &mut sources,
        &mut asts,
        &mut soft,
        &mut next_id,
        main_files,
        arch,
        module.as_ref(),
    )?;
    let info = match types::check_program(&sources, &asts, &pkgs, soft) {
        Ok(i) => i,
        Err(msgs) => {
            for m in msgs {
                eprintln!("{}", m);
            }
            return Err(Error::Compile);
        }
    };
    let mut pkg = ssa::lower::lower_package(&info)?;
    for f in &mut pkg.funcs {
        ssa::opt::optimize(f);
    }
    if flags.debug.iter().any(|d| d == "ssa") {
        for f in &pkg.funcs {
            print!("{}", f);
        }
    }
    let out = codegen::compile(
        &info,
        &pkg,
        &sources,
        &codegen::Options {
            arch,
            want_asm: flags.asm,
        },
    )?;
    if flags.asm {
        print!("{}", out.asm);
    }
    Ok(out.object)
}

/// The module a directory belongs to: the nearest `go.mod` above it.
pub struct Module {
    /// The module path (`example.com/m`).
    path: String,
    /// The directory holding `go.mod`.
    root: PathBuf,
}

/// Finds the module of `dir` by looking for `go.mod` in it and upwards.
fn find_module(dir: &Path) -> Option<Module> {
    let mut d = std::fs::canonicalize(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    })
    .ok()?;
    loop {
        let gomod = d.join("go.mod");
        if let Ok(text) = std::fs::read_to_string(&gomod) {
            let path = text.lines().find_map(|l| {
                let l = l.trim();
                l.strip_prefix("module")
                    .map(|rest| rest.trim().trim_matches('"').to_string())
            })?;
            return Some(Module { path, root: d });
        }
        if !d.pop() {
            return None;
        }
    }
}

/// The `.go` files of package `path` of module `m` (none when the path
/// is not inside the module or the directory has no Go files).
fn module_package_files(m: &Module, path: &str) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let rel = if path == m.path {
        ""
    } else if let Some(r) = path.strip_prefix(&format!("{}/", m.path)) {
        r
    } else {
        return Ok(Vec::new());
    };
    let dir = m.root.join(rel);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut names: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.ends_with(".go")
                && !n.ends_with("_test.go")
                && !n.starts_with('.')
                && !n.starts_with('_')
        })
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let bytes = std::fs::read(&p).map_err(|e| format!("open {}: {}", p.display(), e))?;
        let shown = match std::env::current_dir()
            .ok()
            .and_then(|c| p.strip_prefix(c).ok().map(Path::to_path_buf))
        {
            Some(r) => display_name(&r),
            None => p.display().to_string(),
        };
        out.push((shown, bytes));
    }
    Ok(out)
}

/// The `.go` files of std package `path` embedded in gocl, if it has any.
fn std_package_files(path: &str, arch: Arch) -> Vec<(String, Vec<u8>)> {
    let prefix = format!("{}/", path);
    // Files named `_amd64.go` / `_arm64.go` are for that architecture only.
    let other = match arch {
        Arch::Amd64 => "_arm64.go",
        Arch::Arm64 => "_amd64.go",
    };
    let wanted = |p: &str| {
        p.strip_prefix(&prefix).is_some_and(|rest| {
            !rest.contains('/')
                && rest.ends_with(".go")
                && !rest.ends_with("_test.go")
                && !rest.ends_with(other)
        })
    };
    // `GOCL_STDDIR` points at a std source tree to use instead of the
    // embedded one, so std packages can be worked on without rebuilding.
    if let Some(dir) = std::env::var_os("GOCL_STDDIR") {
        let dir = std::path::Path::new(&dir).join(path);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let rel = format!("{}{}", prefix, e.file_name().to_string_lossy());
                let bytes = std::fs::read(e.path()).ok()?;
                wanted(&rel).then_some((rel, bytes))
            })
            .collect();
        files.sort();
        return files;
    }
    crate::embedded::STD_FILES
        .iter()
        .filter(|(p, _)| wanted(p))
        .map(|(p, b)| (p.to_string(), b.to_vec()))
        .collect()
}

/// Parses the std packages the main package imports, transitively, and
/// orders all packages dependencies first (main last). Imports that are
/// not std packages are left for the checker to report.
fn load_std_imports(
    sources: &mut Vec<SourceFile>,
    asts: &mut Vec<syntax::ast::File>,
    soft: &mut Vec<(u32, syntax::source::Diag)>,
    next_id: &mut u32,
    main_files: std::ops::Range<usize>,
    arch: Arch,
    module: Option<&Module>,
) -> Result<Vec<types::PkgSpec>, Error> {
    use std::collections::HashMap;
    let mut files_of: HashMap<String, std::ops::Range<usize>> = HashMap::new();
    files_of.insert("main".into(), main_files);
    let mut queue = vec!["main".to_string()];
    while let Some(p) = queue.pop() {
        let range = files_of[&p].clone();
        let mut deps: Vec<String> = asts[range]
            .iter()
            .flat_map(|f| f.imports.iter().map(|i| i.path.clone()))
            .collect();
        deps.sort();
        deps.dedup();
        for d in deps {
            if files_of.contains_key(&d) {
                continue;
            }
            let mut files: Vec<(String, Vec<u8>)> = std_package_files(&d, arch)
                .into_iter()
                .map(|(n, b)| (format!("$GOROOT/src/{}", n), b))
                .collect();
            if files.is_empty() {
                if let Some(m) = module {
                    files = module_package_files(m, &d)?;
                }
            }
            if files.is_empty() {
                continue;
            }
            let start = sources.len();
            for (name, bytes) in files {
                let sf = SourceFile::from_bytes(name, bytes);
                match syntax::parser::parse_file_soft(&sf, next_id) {
                    Ok((f, errs)) => {
                        let i = sources.len() as u32;
                        soft.extend(errs.into_iter().map(|e| (i, e)));
                        asts.push(f);
                        sources.push(sf);
                    }
                    Err(diags) => {
                        for d in diags.iter().take(10) {
                            eprintln!("{}", sf.render(d));
                        }
                        return Err(Error::Compile);
                    }
                }
            }
            files_of.insert(d.clone(), start..sources.len());
            queue.push(d);
        }
    }
    // Dependencies first: a depth-first post-order from main.
    fn visit(
        p: &str,
        files_of: &HashMap<String, std::ops::Range<usize>>,
        asts: &[syntax::ast::File],
        state: &mut HashMap<String, u8>,
        out: &mut Vec<types::PkgSpec>,
    ) -> Result<(), String> {
        match state.get(p) {
            Some(2) => return Ok(()),
            Some(1) => return Err(format!("import cycle not allowed: {}", p)),
            _ => {}
        }
        state.insert(p.to_string(), 1);
        let range = files_of[p].clone();
        let mut deps: Vec<String> = asts[range.clone()]
            .iter()
            .flat_map(|f| f.imports.iter().map(|i| i.path.clone()))
            .filter(|d| files_of.contains_key(d))
            .collect();
        deps.sort();
        deps.dedup();
        for d in deps {
            visit(&d, files_of, asts, state, out)?;
        }
        state.insert(p.to_string(), 2);
        out.push(types::PkgSpec {
            path: p.to_string(),
            files: range,
        });
        Ok(())
    }
    let mut out = Vec::new();
    let mut state = HashMap::new();
    visit("main", &files_of, asts, &mut state, &mut out)?;
    Ok(out)
}

/// `gocl build`.
pub fn build(
    inputs: &[PathBuf],
    output: Option<&Path>,
    arch: Arch,
    flags: &Flags,
) -> Result<PathBuf, Error> {
    let files = collect_files(inputs)?;
    let object = compile(&files, arch, flags)?;
    let out = output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| default_output(inputs, &files));
    link::link(&object, arch, &out)?;
    Ok(out)
}

/// `gocl run`: build into a temporary file and run it with `args`.
pub fn run(files: &[PathBuf], args: &[String], arch: Arch, flags: &Flags) -> ExitCode {
    let dir = std::env::temp_dir().join(format!("gocl-run-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gocl: {}: {}", dir.display(), e);
        return ExitCode::from(1);
    }
    let exe = dir.join(files[0].file_stem().unwrap_or_default());
    let result = build(files, Some(&exe), arch, flags);
    let code = match result {
        Err(Error::Compile) => ExitCode::from(1),
        Err(Error::Other(e)) => {
            eprintln!("gocl: {}", e);
            ExitCode::from(1)
        }
        Ok(_) => {
            let mut cmd = if arch == Arch::host() {
                Command::new(&exe)
            } else {
                let mut c = Command::new(format!(
                    "qemu-{}",
                    if arch == Arch::Arm64 {
                        "aarch64"
                    } else {
                        "x86_64"
                    }
                ));
                c.arg(&exe);
                c
            };
            match cmd.args(args).status() {
                Ok(st) => match st.code() {
                    Some(c) => {
                        if c != 0 {
                            eprintln!("exit status {}", c);
                        }
                        ExitCode::from(c as u8)
                    }
                    None => {
                        eprintln!("signal: {:?}", st);
                        ExitCode::from(2)
                    }
                },
                Err(e) => {
                    eprintln!("gocl: running {}: {}", exe.display(), e);
                    ExitCode::from(1)
                }
            }
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    code
}
