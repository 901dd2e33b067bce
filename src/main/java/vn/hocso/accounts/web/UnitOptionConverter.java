package vn.hocso.accounts.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** A picked unit travels as its code. (@Dependent makes it a CDI bean, so injection works.) */
@Dependent
@FacesConverter(value = "unitOption", managed = true)
public class UnitOptionConverter implements Converter<UnitOption> {

    @Inject
    private UnitPicker unitPicker;

    @Override
    public UnitOption getAsObject(FacesContext context, UIComponent component, String code) {
        return unitPicker.byCode(code);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitOption option) {
        return option == null ? "" : option.code();
    }
}
