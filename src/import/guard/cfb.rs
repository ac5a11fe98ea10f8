//! The compound file (OLE) that holds an .xls workbook, read only to check
//! it: every sector chain that calamine will walk must end within the file.
//!
//! calamine follows a chain until it meets its end mark or the length the
//! directory declares; a chain that loops (a mutated FAT) with a declared
//! length of gigabytes, or the directory chain that it walks with no length
//! at all, grows a buffer until the process aborts. Here each chain is
//! walked with a step count no greater than the file's sectors, so a loop is
//! found in a few thousand steps and the bytes gathered never exceed the file.

use crate::i18n::import::*;
use crate::i18n::Text;
use crate::said;

/// The end of a chain.
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Ids from here on are marks, not sectors (as calamine reads them).
const RESERVED: u32 = 0xFFFF_FFFA;
/// A DIFAT entry naming a DIFAT sector.
const DIF_SECT: u32 = 0xFFFF_FFFC;
/// Streams shorter than this live in the mini stream.
const MINI_CUTOFF: u64 = 4096;
const MINI_SECTOR: usize = 64;

/// What is wrong with the container, in words for the user.
pub type Why = Text;

/// A checked compound file: its sectors, FAT and directory.
pub struct Cfb<'a> {
    data: &'a [u8],
    size: usize,
    max_id: usize,
    fat: Vec<u32>,
    dirs: Vec<(String, u32, u64)>,
    mini: Vec<u8>,
    mini_fat: Vec<u32>,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn u32s(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4).map(|c| u32_at(c, 0))
}

impl<'a> Cfb<'a> {
    /// Reads the header, FAT, directory and mini stream of `file`, each
    /// chain bounded; `Err` says which structure loops or points outside.
    pub fn open(file: &'a [u8]) -> Result<Cfb<'a>, Why> {
        if file.len() < 512 {
            return Err(said!(C_SHORT_HEADER));
        }
        let size = match u16_at(file, 30) {
            9 => 512,
            12 => 4096,
            s => return Err(said!(C_SECTOR_SIZE, s = s)),
        };
        if file.len() < size {
            return Err(said!(C_SHORTER));
        }
        let data = &file[size..];
        let max_id = data.len() / size;
        let mut cfb = Cfb {
            data,
            size,
            max_id,
            fat: Vec::new(),
            dirs: Vec::new(),
            mini: Vec::new(),
            mini_fat: Vec::new(),
        };
        // The DIFAT: 109 entries in the header, then a chain of sectors each
        // ending with the next one's id (calamine pops that last entry).
        let mut difat: Vec<u32> = u32s(&file[76..512]).collect();
        let mut next = u32_at(file, 68);
        let mut steps = 0usize;
        while next < RESERVED {
            steps += 1;
            if steps > max_id + 1 {
                return Err(said!(C_DIFAT_LOOPS));
            }
            difat.extend(u32s(cfb.sector(next)?));
            next = difat.pop().unwrap_or(END_OF_CHAIN);
        }
        for id in difat.into_iter().filter(|&id| id < DIF_SECT) {
            let fat: Vec<u32> = u32s(cfb.sector(id)?).collect();
            cfb.fat.extend(fat);
            if cfb.fat.len() > (max_id + 1) * (size / 4) {
                return Err(said!(C_FAT_LONG));
            }
        }
        let dir = cfb.chain(u32_at(file, 48), u64::MAX, "directory")?;
        for entry in dir.chunks_exact(128) {
            let name_len = (u16_at(entry, 64) as usize).min(64);
            let units: Vec<u16> = entry[..name_len.saturating_sub(2)]
                .chunks_exact(2)
                .map(|c| u16_at(c, 0))
                .collect();
            let name = String::from_utf16_lossy(&units);
            let len = if size == 512 {
                u64::from(u32_at(entry, 120))
            } else {
                u64::from(u32_at(entry, 120)) | u64::from(u32_at(entry, 124)) << 32
            };
            cfb.dirs.push((name, u32_at(entry, 116), len));
        }
        let Some(&(_, root_start, root_len)) = cfb.dirs.first() else {
            return Err(said!(C_DIR_EMPTY));
        };
        if u32_at(file, 64) > 0 {
            cfb.mini = cfb.chain(root_start, root_len, "mini stream")?;
            let mini_fat_len = u64::from(u32_at(file, 64)) * size as u64;
            cfb.mini_fat = u32s(&cfb.chain(u32_at(file, 60), mini_fat_len, "mini FAT")?).collect();
        }
        Ok(cfb)
    }

    /// Sector `id`'s bytes (short at the end of the file, as calamine reads them).
    fn sector(&self, id: u32) -> Result<&'a [u8], Why> {
        let id = id as usize;
        if id > self.max_id {
            return Err(said!(C_SECTOR_PAST, id = id));
        }
        let from = id * self.size;
        Ok(&self.data[from.min(self.data.len())..(from + self.size).min(self.data.len())])
    }

    /// The bytes of the chain from `start`, up to `len` bytes; a chain that
    /// runs through more sectors than the file has is a loop.
    fn chain(&self, start: u32, len: u64, what: &str) -> Result<Vec<u8>, Why> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0usize;
        while id != END_OF_CHAIN && (out.len() as u64) < len {
            steps += 1;
            if steps > self.max_id + 1 {
                return Err(said!(C_CHAIN_LOOPS, what = what));
            }
            let s = self.sector(id)?;
            let take = s
                .len()
                .min((len - out.len() as u64).min(usize::MAX as u64) as usize);
            out.extend_from_slice(&s[..take]);
            id = *self
                .fat
                .get(id as usize)
                .ok_or_else(|| format!("its {what} chain leaves the allocation table"))?;
        }
        Ok(out)
    }

    /// The stream named `name` (ASCII, any case), or `None` when there is none.
    pub fn stream(&self, name: &str) -> Result<Option<Vec<u8>>, Why> {
        let Some(&(_, start, len)) = self
            .dirs
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name))
        else {
            return Ok(None);
        };
        if len >= MINI_CUTOFF {
            return self.chain(start, len, name).map(Some);
        }
        // A mini stream's chain runs through the mini FAT; it is shorter than
        // 4096 bytes, so a loop can cost no more than that.
        let mut out = Vec::new();
        let mut id = start;
        while id != END_OF_CHAIN && (out.len() as u64) < len {
            let from = id as usize * MINI_SECTOR;
            let Some(s) = self
                .mini
                .get(from..(from + MINI_SECTOR).min(self.mini.len()))
            else {
                return Err(said!(C_MINI_PAST, name = name));
            };
            let take = s.len().min(len as usize - out.len());
            if take == 0 {
                break;
            }
            out.extend_from_slice(&s[..take]);
            id = *self
                .mini_fat
                .get(id as usize)
                .ok_or_else(|| format!("its {name} stream leaves the mini allocation table"))?;
        }
        Ok(Some(out))
    }
}
