rule haplotypecaller:
    input:
        bam="results/bam/{sample}.bam",
        ref=config["reference"],
    output:
        "results/gvcf/{sample}.g.vcf.gz",
    conda: "../envs/gatk.yaml"
    shell:
        "gatk HaplotypeCaller -R {input.ref} -I {input.bam} -O {output} -ERC GVCF"

rule joint_genotype:
    input:
        gvcfs=expand("results/gvcf/{s}.g.vcf.gz", s=SAMPLES.index),
        ref=config["reference"],
    output:
        "results/vcf/joint.filtered.vcf.gz",
    conda: "../envs/gatk.yaml"
    shell:
        "gatk CombineGVCFs -R {input.ref} $(printf -- '-V %s ' {input.gvcfs}) -O results/vcf/combined.g.vcf.gz && "
        "gatk GenotypeGVCFs -R {input.ref} -V results/vcf/combined.g.vcf.gz -O results/vcf/joint.vcf.gz && "
        "bcftools filter -e 'QD<2.0 || FS>60.0' -Oz -o {output} results/vcf/joint.vcf.gz"
