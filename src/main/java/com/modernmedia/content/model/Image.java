package com.modernmedia.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A picture with what the magazine prints around it: caption, alt text and the agency credit line. */
@Entity
@Table(name = "image")
public class Image extends ContentEntity {

    public String url;

    public Integer width;

    public Integer height;

    @Column(name = "alt_text")
    public String altText;

    public String caption;

    public String credit;

    /** Whether partners may receive it; one that is not (an agency picture licensed to the magazine only) is withheld. */
    @Column(name = "syndication_cleared")
    public boolean syndicationCleared = true;
}
