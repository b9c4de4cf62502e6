// double-SHA256 over an 80-byte header, nonce in last 4 bytes.
// Writes the first nonce whose hash has `zero_bytes` leading zero bytes into *found.
// Benchmark only: header is a constant provided by the host.

__constant uint K[64] = {
 0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
 0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,
 0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
 0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,
 0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,
 0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
 0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,
 0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2};

#define ROTR(x,n) rotate((x),(uint)(32-(n)))
#define CH(x,y,z) bitselect((z),(y),(x))
#define MAJ(x,y,z) bitselect((x),(y),((z)^(x)))
#define S0(x) (ROTR(x,2)^ROTR(x,13)^ROTR(x,22))
#define S1(x) (ROTR(x,6)^ROTR(x,11)^ROTR(x,25))
#define s0(x) (ROTR(x,7)^ROTR(x,18)^((x)>>3))
#define s1(x) (ROTR(x,17)^ROTR(x,19)^((x)>>10))

static void compress(uint *st, const uint *blk) {
  uint w[64];
  for (int i = 0; i < 16; i++) w[i] = blk[i];
  for (int i = 16; i < 64; i++) w[i] = s1(w[i-2]) + w[i-7] + s0(w[i-15]) + w[i-16];
  uint a=st[0],b=st[1],c=st[2],d=st[3],e=st[4],f=st[5],g=st[6],h=st[7];
  for (int i = 0; i < 64; i++) {
    uint t1 = h + S1(e) + CH(e,f,g) + K[i] + w[i];
    uint t2 = S0(a) + MAJ(a,b,c);
    h=g; g=f; f=e; e=d+t1; d=c; c=b; b=a; a=t1+t2;
  }
  st[0]+=a; st[1]+=b; st[2]+=c; st[3]+=d; st[4]+=e; st[5]+=f; st[6]+=g; st[7]+=h;
}

__kernel void sha256d_scan(__constant uint *midstate,   // state after first 64 bytes
                           __constant uint *tail,       // header words 16..18 (big-endian)
                           uint nonce_base,
                           uint zero_bytes,
                           __global uint *found) {
  uint nonce = nonce_base + (uint)get_global_id(0);
  uint blk[16];
  blk[0]=tail[0]; blk[1]=tail[1]; blk[2]=tail[2];
  blk[3]=as_uint(as_uchar4(nonce).wzyx);
  blk[4]=0x80000000;
  for (int i = 5; i < 15; i++) blk[i] = 0;
  blk[15]=640;
  uint st[8];
  for (int i = 0; i < 8; i++) st[i] = midstate[i];
  compress(st, blk);

  uint blk2[16];
  for (int i = 0; i < 8; i++) blk2[i] = st[i];
  blk2[8]=0x80000000;
  for (int i = 9; i < 15; i++) blk2[i] = 0;
  blk2[15]=256;
  uint st2[8] = {0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19};
  compress(st2, blk2);

  // leading zero bytes of the hash as displayed (little-endian reversed) = trailing bytes of st2[7]
  uint last = st2[7];
  uint z = 0;
  if ((last & 0x000000ff) == 0) { z++; if ((last & 0x0000ff00) == 0) { z++;
    if ((last & 0x00ff0000) == 0) { z++; if ((last & 0xff000000) == 0) z++; } } }
  if (z >= zero_bytes) atomic_min(found, nonce);
}
