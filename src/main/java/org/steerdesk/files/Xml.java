package org.steerdesk.files;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** StAX factories that never read a DTD or an external entity (the XML of an uploaded package is hostile). */
final class Xml {

	static final XMLInputFactory IN = XMLInputFactory.newFactory();

	static final XMLOutputFactory OUT = XMLOutputFactory.newFactory();

	static {
		IN.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		IN.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		IN.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		IN.setProperty(XMLInputFactory.IS_COALESCING, false);
	}

	private Xml() {
	}
}
